package co.rumbo.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DNP's MGA catalogue of product indicators, used to name codes and to warn about unknown ones.
 * Rumbo ships the subset seen in real SisPT files ({@code mga/catalogo-productos-subset.csv}); it is
 * loaded into the database at first use and kept in memory (a few hundred KB).
 */
@Service
public class MgaCatalog {

    /** One indicator of the catalogue. */
    public record Entry(
            String indicatorCode,
            String indicatorName,
            String productCode,
            String productName,
            String programCode,
            String programName,
            String sectorCode,
            String sectorName,
            String unit) {}

    private static final String RESOURCE = "mga/catalogo-productos-subset.csv";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile Map<String, Entry> byIndicator;

    MgaCatalog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // The first use usually comes from a read-only transaction (a goal's page), which cannot insert.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public boolean isKnownIndicator(String indicatorCode) {
        return indicatorCode != null && entries().containsKey(indicatorCode.trim());
    }

    public Optional<Entry> indicator(String indicatorCode) {
        return Optional.ofNullable(indicatorCode == null ? null : entries().get(indicatorCode.trim()));
    }

    public int size() {
        return entries().size();
    }

    private Map<String, Entry> entries() {
        Map<String, Entry> loaded = byIndicator;
        if (loaded == null) {
            synchronized (this) {
                if (byIndicator == null) {
                    byIndicator = load();
                }
                loaded = byIndicator;
            }
        }
        return loaded;
    }

    private static String[] column(List<Entry> entries, java.util.function.Function<Entry, String> field) {
        return entries.stream().map(field).toArray(String[]::new);
    }

    private Map<String, Entry> load() {
        List<Entry> rows = jdbc.sql("""
                        select indicator_code, indicator_name, product_code, product_name, program_code, program_name,
                               sector_code, sector_name, unit from mga_indicator""")
                .query((rs, n) -> new Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
        if (rows.isEmpty()) {
            rows = readResource();
            List<Entry> all = rows;
            ownTransaction.executeWithoutResult(tx -> jdbc.sql("""
                            insert into mga_indicator (indicator_code, indicator_name, product_code, product_name,
                                program_code, program_name, sector_code, sector_name, unit)
                            select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                                 ?::text[], ?::text[], ?::text[])
                            on conflict do nothing""")
                    .params(
                            column(all, Entry::indicatorCode),
                            column(all, Entry::indicatorName),
                            column(all, Entry::productCode),
                            column(all, Entry::productName),
                            column(all, Entry::programCode),
                            column(all, Entry::programName),
                            column(all, Entry::sectorCode),
                            column(all, Entry::sectorName),
                            column(all, Entry::unit))
                    .update());
        }
        Map<String, Entry> map = new ConcurrentHashMap<>();
        rows.forEach(e -> map.put(e.indicatorCode(), e));
        return map;
    }

    private static List<Entry> readResource() {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null) return entries;
            String line;
            while ((line = in.readLine()) != null) {
                List<String> f = Csv.split(line);
                if (f.size() >= 9) {
                    entries.add(new Entry(
                            f.get(6), f.get(7), f.get(4), f.get(5), f.get(2), f.get(3), f.get(0), f.get(1), f.get(8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el catálogo MGA", e);
        }
        return entries;
    }

    /** Minimal RFC 4180 line splitting (quoted fields with commas and doubled quotes). */
    static final class Csv {
        private Csv() {}

        static List<String> split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cur.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }
}
