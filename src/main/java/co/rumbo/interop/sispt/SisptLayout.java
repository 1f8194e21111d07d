package co.rumbo.interop.sispt;

import static co.rumbo.interop.sispt.Headers.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sheets of a SisPT file as they were laid out: names, row-1 titles and row-2 headers, in order.
 * The reader records it so the writer gives back the same columns (85 in a municipality's export, 86
 * in a department's, which adds "Fecha de creación del plan").
 */
public record SisptLayout(List<SheetLayout> sheets) {

    public SisptLayout {
        sheets = List.copyOf(sheets);
    }

    /**
     * One sheet's layout.
     *
     * @param name the sheet's name as in the file
     * @param titles the non-blank cells of the title row (row 1)
     * @param headers the header row (row 2), one entry per column from A; blank headers are ""
     */
    public record SheetLayout(SisptSheet kind, String name, List<TitleCell> titles, List<String> headers) {

        public SheetLayout {
            Objects.requireNonNull(kind, "kind");
            titles = List.copyOf(titles);
            headers = List.copyOf(headers);
        }

        /** The 0-based index of the column with this header (compared normalized), or -1. */
        public int indexOf(String header) {
            for (int i = 0; i < headers.size(); i++) {
                if (Headers.same(headers.get(i), header)) {
                    return i;
                }
            }
            return -1;
        }

        /** The column letter of the column with this header, or {@code null} when there is none. */
        public String letterOf(String header) {
            int index = indexOf(header);
            return index < 0 ? null : Headers.letter(index);
        }

        /** The header as the file writes it, or the given one when the sheet has no such column. */
        public String headerAsWritten(String header) {
            int index = indexOf(header);
            return index < 0 ? header : headers.get(index);
        }
    }

    /** A title cell of row 1 ("PARTE ESTRATÉGICA" over columns A–T); {@code column} is 0-based. */
    public record TitleCell(int column, String text) {}

    /** The layout of one kind of sheet, if the file has it. */
    public Optional<SheetLayout> sheet(SisptSheet kind) {
        return sheets.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The years of the product goals' cost columns ("Recursos propios 2024" → 2024), in order. */
    public List<Integer> costYears() {
        return sheet(SisptSheet.PRODUCT_GOALS)
                .map(s -> s.headers().stream()
                        .map(Headers::yearly)
                        .filter(Objects::nonNull)
                        .filter(y -> isCostSource(y.name()))
                        .map(Headers.Yearly::year)
                        .distinct()
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    /**
     * The source names of the product goals' cost columns ("Recursos propios", …), in the sheet's order,
     * each as its first header writes it.
     */
    public List<String> costSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        sheet(SisptSheet.PRODUCT_GOALS).ifPresent(s -> s.headers().stream()
                .map(Headers::yearly)
                .filter(Objects::nonNull)
                .map(Headers.Yearly::name)
                .filter(SisptLayout::isCostSource)
                .forEach(name -> sources.putIfAbsent(Headers.normalize(name), name)));
        return List.copyOf(sources.values());
    }

    /** Whether "&lt;name&gt; &lt;year&gt;" is a cost source column, not the programming or the total. */
    static boolean isCostSource(String name) {
        return !Headers.same(name, PROGRAMMING_PREFIX) && !Headers.same(name, TOTAL_PREFIX);
    }

    /**
     * The layout of a municipality's 2024–2027 export, to write a workbook that was not read from a
     * file.
     *
     * @param years the plan's years (2024..2027)
     * @param sources the ordinary budget's sources, {@link #standardSources()} for DNP's
     * @param biennia the SGR biennia ("2023-2024", …)
     */
    public static SisptLayout standard(List<Integer> years, List<String> sources, List<String> biennia) {
        return new SisptLayout(List.of(
                sheet(SisptSheet.STRATEGIC_LINES, LINE_COLUMNS),
                sheet(SisptSheet.OUTCOME_GOALS, OUTCOME_COLUMNS),
                productSheet(years, sources),
                sgrSheet(biennia),
                sheet(SisptSheet.SGR_INITIATIVES, INITIATIVE_COLUMNS)));
    }

    /** DNP's 14 sources of the ordinary budget, in its order. */
    public static List<String> standardSources() {
        return STANDARD_SOURCES;
    }

    private static SheetLayout sheet(SisptSheet kind, List<String> headers) {
        return new SheetLayout(kind, kind.sheetName(), List.of(new TitleCell(0, kind.title())), headers);
    }

    private static SheetLayout productSheet(List<Integer> years, List<String> sources) {
        List<String> headers = new ArrayList<>(PRODUCT_COLUMNS);
        int planColumn = headers.size();
        years.forEach(y -> headers.add(Headers.yearly(PROGRAMMING_PREFIX, y)));
        for (int year : years) {
            sources.forEach(s -> headers.add(Headers.yearly(s, year)));
            headers.add(Headers.yearly(TOTAL_PREFIX, year));
        }
        headers.add(BPIN);
        return new SheetLayout(
                SisptSheet.PRODUCT_GOALS,
                SisptSheet.PRODUCT_GOALS.sheetName(),
                List.of(
                        new TitleCell(0, SisptSheet.PRODUCT_GOALS.title()),
                        new TitleCell(planColumn, "PLAN INDICATIVO")),
                headers);
    }

    private static SheetLayout sgrSheet(List<String> biennia) {
        List<String> headers = new ArrayList<>(SGR_COLUMNS);
        biennia.forEach(b -> headers.add(PROGRAMMING_PREFIX + " " + b));
        biennia.forEach(b -> headers.add(SGR_RESOURCES_PREFIX + " " + b));
        headers.add(BPIN);
        return sheet(SisptSheet.SGR_PRODUCT_GOALS, headers);
    }
}
