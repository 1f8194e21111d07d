package co.rumbo.interop;

import static co.rumbo.platform.db.Numerics.strip;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the reconciliation units of the last DNP file loaded for each plan. Saving merges by the
 * unit's SisPT codes and year: unchanged units are not rewritten (loading the same file twice leaves
 * no trace in the audit trail) and units the new file no longer has are removed. A few set-based
 * statements ({@code unnest} of arrays), whatever the size of the file.
 */
@Repository
class DnpUnitStore {

    private final JdbcClient jdbc;

    DnpUnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void savePhysical(UUID org, UUID planId, List<DnpUnits.Physical> units) {
        String[] codes = texts(units, u -> DnpUnits.joined(u.sisptCodes()));
        Integer[] years = units.stream().map(DnpUnits.Physical::year).toArray(Integer[]::new);
        jdbc.sql("""
                        insert into dnp_physical_unit (plan_id, organization_id, sispt_codes, year, row_number, product_code,
                                                       indicator_code, indicator_name, bpin_codes, programmed, executed,
                                                       progress, explanation)
                        select :plan, :org, string_to_array(r.codes, '|'), r.y, r.rn, r.product, r.indicator, r.name,
                               string_to_array(r.bpins, '|'), r.programmed::numeric, r.executed::numeric,
                               r.progress::numeric, r.explanation
                        from unnest(:codes::text[], :years::int[], :rows::int[], :products::text[], :indicators::text[],
                                    :names::text[], :bpins::text[], :programmed::text[], :executed::text[],
                                    :progress::text[], :explanations::text[])
                             as r(codes, y, rn, product, indicator, name, bpins, programmed, executed, progress, explanation)
                        on conflict (plan_id, sispt_codes, year) do update set row_number = excluded.row_number,
                            product_code = excluded.product_code, indicator_code = excluded.indicator_code,
                            indicator_name = excluded.indicator_name, bpin_codes = excluded.bpin_codes,
                            programmed = excluded.programmed, executed = excluded.executed,
                            progress = excluded.progress, explanation = excluded.explanation
                        where (dnp_physical_unit.row_number, dnp_physical_unit.product_code, dnp_physical_unit.indicator_code,
                               dnp_physical_unit.indicator_name, dnp_physical_unit.bpin_codes, dnp_physical_unit.programmed,
                               dnp_physical_unit.executed, dnp_physical_unit.progress, dnp_physical_unit.explanation)
                            is distinct from (excluded.row_number, excluded.product_code, excluded.indicator_code,
                               excluded.indicator_name, excluded.bpin_codes, excluded.programmed, excluded.executed,
                               excluded.progress, excluded.explanation)""")
                .param("plan", planId)
                .param("org", org)
                .param("codes", codes)
                .param("years", years)
                .param("rows", units.stream().map(DnpUnits.Physical::rowNumber).toArray(Integer[]::new))
                .param("products", texts(units, DnpUnits.Physical::productCode))
                .param("indicators", texts(units, DnpUnits.Physical::indicatorCode))
                .param("names", texts(units, DnpUnits.Physical::indicatorName))
                .param("bpins", texts(units, u -> DnpUnits.joined(u.bpinCodes())))
                .param("programmed", texts(units, DnpUnits.Physical::programmed))
                .param("executed", texts(units, DnpUnits.Physical::executed))
                .param("progress", texts(units, DnpUnits.Physical::progress))
                .param("explanations", texts(units, DnpUnits.Physical::explanation))
                .update();
        removeMissing("dnp_physical_unit", planId, codes, years);
    }

    void saveFinancial(UUID org, UUID planId, List<DnpUnits.Financial> units) {
        String[] codes = texts(units, u -> DnpUnits.joined(u.sisptCodes()));
        Integer[] years = units.stream().map(DnpUnits.Financial::year).toArray(Integer[]::new);
        jdbc.sql("""
                        insert into dnp_financial_unit (plan_id, organization_id, sispt_codes, year, row_number, product_code,
                                                        bpin_codes, programmed, commitments, obligations, payments,
                                                        obligations_ratio, explanation)
                        select :plan, :org, string_to_array(r.codes, '|'), r.y, r.rn, r.product,
                               string_to_array(r.bpins, '|'), r.programmed::numeric, r.commitments::numeric,
                               r.obligations::numeric, r.payments::numeric, r.ratio::numeric, r.explanation
                        from unnest(:codes::text[], :years::int[], :rows::int[], :products::text[], :bpins::text[],
                                    :programmed::text[], :commitments::text[], :obligations::text[], :payments::text[],
                                    :ratios::text[], :explanations::text[])
                             as r(codes, y, rn, product, bpins, programmed, commitments, obligations, payments, ratio,
                                  explanation)
                        on conflict (plan_id, sispt_codes, year) do update set row_number = excluded.row_number,
                            product_code = excluded.product_code, bpin_codes = excluded.bpin_codes,
                            programmed = excluded.programmed, commitments = excluded.commitments,
                            obligations = excluded.obligations, payments = excluded.payments,
                            obligations_ratio = excluded.obligations_ratio, explanation = excluded.explanation
                        where (dnp_financial_unit.row_number, dnp_financial_unit.product_code, dnp_financial_unit.bpin_codes,
                               dnp_financial_unit.programmed, dnp_financial_unit.commitments, dnp_financial_unit.obligations,
                               dnp_financial_unit.payments, dnp_financial_unit.obligations_ratio, dnp_financial_unit.explanation)
                            is distinct from (excluded.row_number, excluded.product_code, excluded.bpin_codes,
                               excluded.programmed, excluded.commitments, excluded.obligations, excluded.payments,
                               excluded.obligations_ratio, excluded.explanation)""")
                .param("plan", planId)
                .param("org", org)
                .param("codes", codes)
                .param("years", years)
                .param("rows", units.stream().map(DnpUnits.Financial::rowNumber).toArray(Integer[]::new))
                .param("products", texts(units, DnpUnits.Financial::productCode))
                .param("bpins", texts(units, u -> DnpUnits.joined(u.bpinCodes())))
                .param("programmed", texts(units, DnpUnits.Financial::programmed))
                .param("commitments", texts(units, DnpUnits.Financial::commitments))
                .param("obligations", texts(units, DnpUnits.Financial::obligations))
                .param("payments", texts(units, DnpUnits.Financial::payments))
                .param("ratios", texts(units, DnpUnits.Financial::obligationsRatio))
                .param("explanations", texts(units, DnpUnits.Financial::explanation))
                .update();
        removeMissing("dnp_financial_unit", planId, codes, years);
    }

    // The table name comes from this class, never from a request.
    private void removeMissing(String table, UUID planId, String[] codes, Integer[] years) {
        jdbc.sql("delete from " + table + """
                         x where x.plan_id = :plan
                        and not exists (select from unnest(:codes::text[], :years::int[]) as r(codes, y)
                                        where string_to_array(r.codes, '|') = x.sispt_codes and r.y = x.year)""")
                .param("plan", planId)
                .param("codes", codes)
                .param("years", years)
                .update();
    }

    void saveLoad(UUID org, UUID planId, DnpLoad load, String sha256, String reportJson) {
        jdbc.sql("""
                        insert into dnp_seguimiento_load (plan_id, organization_id, file_name, sha256, dane_code, entity_name,
                                                          cut_date, years, loaded_by, report)
                        values (:plan, :org, :file, :sha, :dane, :entity, :cut, :years::int[], :by, :report::jsonb)
                        on conflict (plan_id) do update set file_name = excluded.file_name, sha256 = excluded.sha256,
                            dane_code = excluded.dane_code, entity_name = excluded.entity_name,
                            cut_date = excluded.cut_date, years = excluded.years, loaded_by = excluded.loaded_by,
                            loaded_at = now(), report = excluded.report,
                            version = dnp_seguimiento_load.version + 1""")
                .param("plan", planId)
                .param("org", org)
                .param("file", load.fileName())
                .param("sha", sha256)
                .param("dane", load.daneCode())
                .param("entity", load.entityName())
                .param("cut", load.cutDate() == null ? null : Date.valueOf(load.cutDate()))
                .param("years", load.years().toArray(Integer[]::new))
                .param("by", load.loadedBy())
                .param("report", reportJson)
                .update();
    }

    Optional<DnpLoad> load(UUID org, UUID planId) {
        return jdbc.sql("""
                        select plan_id, file_name, dane_code, entity_name, cut_date, years, loaded_by, loaded_at
                        from dnp_seguimiento_load where organization_id = ? and plan_id = ?""")
                .params(org, planId)
                .query((rs, n) -> {
                    Date cut = rs.getDate("cut_date");
                    return new DnpLoad(
                            rs.getObject("plan_id", UUID.class),
                            rs.getString("file_name"),
                            rs.getString("dane_code"),
                            rs.getString("entity_name"),
                            cut == null ? null : cut.toLocalDate(),
                            Arrays.asList((Integer[]) rs.getArray("years").getArray()),
                            rs.getString("loaded_by"),
                            rs.getTimestamp("loaded_at").toInstant());
                })
                .optional();
    }

    /** The physical units of a year, in the file's row order. */
    List<DnpUnits.Physical> physical(UUID org, UUID planId, int year) {
        return jdbc.sql("""
                        select * from dnp_physical_unit where organization_id = ? and plan_id = ? and year = ?
                        order by row_number""")
                .params(org, planId, year)
                .query((rs, n) -> new DnpUnits.Physical(
                        texts(rs.getArray("sispt_codes")),
                        rs.getInt("year"),
                        rs.getInt("row_number"),
                        rs.getString("product_code"),
                        rs.getString("indicator_code"),
                        rs.getString("indicator_name"),
                        texts(rs.getArray("bpin_codes")),
                        strip(rs.getBigDecimal("programmed")),
                        strip(rs.getBigDecimal("executed")),
                        strip(rs.getBigDecimal("progress")),
                        rs.getString("explanation")))
                .list();
    }

    /** The financial units of a year, in the file's row order. */
    List<DnpUnits.Financial> financial(UUID org, UUID planId, int year) {
        return jdbc.sql("""
                        select * from dnp_financial_unit where organization_id = ? and plan_id = ? and year = ?
                        order by row_number""")
                .params(org, planId, year)
                .query(DnpUnitStore::financial)
                .list();
    }

    private static DnpUnits.Financial financial(ResultSet rs, int n) throws SQLException {
        return new DnpUnits.Financial(
                texts(rs.getArray("sispt_codes")),
                rs.getInt("year"),
                rs.getInt("row_number"),
                rs.getString("product_code"),
                texts(rs.getArray("bpin_codes")),
                strip(rs.getBigDecimal("programmed")),
                strip(rs.getBigDecimal("commitments")),
                strip(rs.getBigDecimal("obligations")),
                strip(rs.getBigDecimal("payments")),
                strip(rs.getBigDecimal("obligations_ratio")),
                rs.getString("explanation"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static <T> String[] texts(List<T> items, Function<T, Object> field) {
        return items.stream()
                .map(field)
                .map(v -> v == null ? null : v instanceof BigDecimal b ? b.toPlainString() : v.toString())
                .toArray(String[]::new);
    }
}
