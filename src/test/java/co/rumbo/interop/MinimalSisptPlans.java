package co.rumbo.interop;

import co.rumbo.interop.xlsx.HeaderIndex;
import co.rumbo.interop.xlsx.RowValues;
import co.rumbo.interop.xlsx.XlsxReader;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanLayout;
import co.rumbo.structure.PlanStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;

/**
 * A test-only reading of a SisPT export's ordinary-budget product goals ("Plan indicativo -
 * Productos"): codes, lines, MGA classification, accumulation type, yearly targets and BPINs, saved
 * with {@link PlanStore}. It is not the product's SisPT import (no validation, no costs, no SGR): it
 * only gives the tests a real plan made from the SisPT file, independent of the DNP file it is
 * reconciled with.
 */
public final class MinimalSisptPlans implements SisptPlanLoader {

    private static final String SHEET = "Plan indicativo - Productos";
    private static final Pattern YEAR_TARGET = Pattern.compile("programacion del producto bien o servicio (\\d{4})");
    private static final Pattern LINE = Pattern.compile("(LE-\\d+)-?(.*)", Pattern.DOTALL);

    private final PlanStore store;

    public MinimalSisptPlans(PlanStore store) {
        this.store = store;
    }

    @Override
    public UUID load(UUID organizationId, Path sisptFile) {
        return store.save(organizationId, read(sisptFile)).planId();
    }

    /** The file's ordinary-budget goals as plan content. */
    public static PlanContent read(Path sisptFile) {
        try (XlsxReader xlsx = XlsxReader.open(sisptFile)) {
            List<Row> rows = xlsx.rows(xlsx.findSheet(SHEET).orElseThrow());
            HeaderIndex headers = rows.stream()
                    .limit(5)
                    .map(HeaderIndex::of)
                    .filter(h -> h.contains("Código de indicador de producto (SisPT)"))
                    .findFirst()
                    .orElseThrow();
            Map<Integer, Integer> years = headers.columnsByNumber(YEAR_TARGET);
            Map<String, String> lines = new LinkedHashMap<>();
            List<PlanContent.Goal> goals = new ArrayList<>();
            String planName = null;
            for (Row row : rows) {
                if (row.getRowNum() <= headers.rowNumber()) {
                    continue;
                }
                // A cell that is not a number (a target written as a sentence) is read as blank.
                RowValues v = new RowValues(SHEET, row, headers, (r, c, m) -> {});
                if (v.isEmpty()) {
                    continue;
                }
                planName = planName != null ? planName : text(v, headers, "Nombre del plan");
                String lineText = text(v, headers, "Línea estratégica");
                List<String> lineCodes = new ArrayList<>();
                for (String part : lineText == null ? new String[0] : lineText.split(",(?=LE-)")) {
                    Matcher m = LINE.matcher(part.strip());
                    if (m.matches()) {
                        lines.putIfAbsent(
                                m.group(1),
                                m.group(2).isBlank() ? m.group(1) : m.group(2).strip());
                        lineCodes.add(m.group(1));
                    }
                }
                List<PlanContent.PeriodTarget> targets = new ArrayList<>();
                years.forEach((year, column) ->
                        targets.add(new PlanContent.PeriodTarget(year.toString(), v.number(column), null)));
                String accumulation = text(v, headers, "Tipo de acumulación");
                String bpin = text(v, headers, "BPIN");
                goals.add(new PlanContent.Goal(
                        BudgetKind.ORDINARIO,
                        text(v, headers, "Código de indicador de producto (SisPT)"),
                        lineText,
                        lineCodes,
                        text(v, headers, "Código del sector"),
                        text(v, headers, "Sector (MGA)"),
                        text(v, headers, "Código del programa (MGA)"),
                        text(v, headers, "Programa (MGA)"),
                        text(v, headers, "Código del producto (MGA)"),
                        text(v, headers, "Producto (MGA)"),
                        text(v, headers, "Código de indicador de producto (MGA)"),
                        text(v, headers, "Indicador de Producto(MGA)"),
                        text(v, headers, "Personalización de Indicador de Producto"),
                        text(v, headers, "Unidad de medida"),
                        number(v, headers, "Meta del cuatrienio"),
                        "Acumulativo".equalsIgnoreCase(accumulation) ? ProgrammingType.SUMA : ProgrammingType.CONSTANTE,
                        true,
                        accumulation,
                        null,
                        null,
                        null,
                        null,
                        null,
                        targets,
                        List.of(),
                        bpin == null
                                ? List.of()
                                : Arrays.stream(bpin.split("[,;\\s]+"))
                                        .filter(b -> !b.isBlank())
                                        .toList()));
            }
            int first = years.keySet().stream().min(Integer::compare).orElseThrow();
            int last = years.keySet().stream().max(Integer::compare).orElseThrow();
            List<PlanContent.Line> lineList = lines.entrySet().stream()
                    .map(e -> new PlanContent.Line(e.getKey(), e.getValue()))
                    .toList();
            return new PlanContent(
                    planName == null ? "Plan" : planName,
                    first,
                    last,
                    null,
                    PlanLayout.MUNICIPAL,
                    lineList,
                    List.of(),
                    goals,
                    List.of());
        } catch (Exception e) {
            throw new IllegalStateException("No se pudo leer " + sisptFile + ": " + e.getMessage(), e);
        }
    }

    private static String text(RowValues v, HeaderIndex headers, String header) {
        return headers.first(header).stream().mapToObj(v::text).findFirst().orElse(null);
    }

    private static BigDecimal number(RowValues v, HeaderIndex headers, String header) {
        return headers.first(header).stream().mapToObj(v::number).findFirst().orElse(null);
    }
}
