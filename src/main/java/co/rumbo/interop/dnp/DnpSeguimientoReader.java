package co.rumbo.interop.dnp;

import co.rumbo.interop.xlsx.CellText;
import co.rumbo.interop.xlsx.HeaderText;
import co.rumbo.interop.xlsx.SheetIssue;
import co.rumbo.interop.xlsx.UnreadableXlsxException;
import co.rumbo.interop.xlsx.XlsxReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a DNP "Informe de Seguimiento al PDT" ({@code Alertas-<DANE>.xlsx}).
 *
 * <p>Contract: never throws for a bad file. Whatever the input — a damaged file, a missing sheet or
 * column, a text where a number belongs — the result carries the readable content and one
 * {@link SheetIssue} per problem, in Spanish. Columns are found by their header text (accents, case
 * and spacing ignored), not by position; the years are discovered from the headers.
 *
 * <p>Values are exact: a blank cell (DNP writes a lone space) is null, meaning "not found", which is
 * different from 0. Thread-safe and stateless.
 */
public final class DnpSeguimientoReader {

    static final String SUMMARY_SHEET = "Resumen";

    private static final Pattern FILE_NAME = Pattern.compile("(?i)alertas-(\\d{2}|\\d{5})\\.xlsx");
    private static final String CUT_LABEL = "informe generado con informacion de sispt al";
    // DNP's template puts these two without a label: the plan's name in C3, the entity in B5.
    private static final int PLAN_NAME_ROW = 3;
    private static final int PLAN_NAME_COLUMN = 2;
    private static final int ENTITY_ROW = 5;
    private static final int ENTITY_COLUMN = 1;

    /** Reads the file; the DANE code comes from its name. */
    public DnpSeguimientoReading read(Path file) {
        Path name = file.getFileName();
        try (XlsxReader xlsx = XlsxReader.open(file)) {
            return read(xlsx, name == null ? null : name.toString());
        } catch (UnreadableXlsxException e) {
            return unreadable(e);
        }
    }

    /**
     * Reads a workbook from a stream (an upload), which is not closed.
     *
     * @param fileName the original file name, for the DANE code; may be null
     */
    public DnpSeguimientoReading read(InputStream in, String fileName) {
        try (XlsxReader xlsx = XlsxReader.open(in)) {
            return read(xlsx, fileName);
        } catch (UnreadableXlsxException e) {
            return unreadable(e);
        }
    }

    private DnpSeguimientoReading read(XlsxReader xlsx, String fileName) {
        List<SheetIssue> issues = new ArrayList<>();
        String dane = dane(fileName, issues);
        Summary summary = rows(xlsx, SUMMARY_SHEET, issues)
                .map(rows -> summary(rows, issues))
                .orElse(Summary.NONE);
        List<DnpPhysicalRow> physical = rows(xlsx, PhysicalSheetParser.SHEET, issues)
                .flatMap(rows -> DetailSheet.locate(PhysicalSheetParser.SHEET, rows, issues))
                .map(sheet -> new PhysicalSheetParser(sheet).parse())
                .orElse(List.of());
        List<DnpFinancialRow> financial = rows(xlsx, FinancialSheetParser.SHEET, issues)
                .flatMap(rows -> DetailSheet.locate(FinancialSheetParser.SHEET, rows, issues))
                .map(sheet -> new FinancialSheetParser(sheet).parse())
                .orElse(List.of());
        return new DnpSeguimientoReading(
                new DnpSeguimiento(dane, summary.entity(), summary.plan(), summary.cutDate(), physical, financial),
                issues);
    }

    private static Optional<List<Row>> rows(XlsxReader xlsx, String sheet, List<SheetIssue> issues) {
        Optional<String> actual = xlsx.findSheet(sheet);
        if (actual.isEmpty()) {
            issues.add(SheetIssue.error(sheet, null, null, "Falta la hoja «" + sheet + "» en el archivo."));
            return Optional.empty();
        }
        try {
            return Optional.of(xlsx.rows(actual.get()));
        } catch (UnreadableXlsxException e) {
            issues.add(SheetIssue.error(sheet, null, null, e.getMessage()));
            return Optional.empty();
        }
    }

    private static String dane(String fileName, List<SheetIssue> issues) {
        Matcher matcher = FILE_NAME.matcher(fileName == null ? "" : fileName);
        if (matcher.matches()) {
            return matcher.group(1);
        }
        issues.add(SheetIssue.warning(
                null,
                null,
                null,
                "No se pudo deducir el código DANE del nombre del archivo «" + fileName
                        + "» (se espera «Alertas-<código DANE>.xlsx»); el informe no lo trae en su contenido."));
        return null;
    }

    private static Summary summary(List<Row> rows, List<SheetIssue> issues) {
        String plan = null;
        String entity = null;
        LocalDate cutDate = null;
        boolean cutLabelFound = false;
        for (Row row : rows) {
            if (row.getRowNum() == PLAN_NAME_ROW) {
                plan = CellText.trimmedOrNull(CellText.of(row, PLAN_NAME_COLUMN));
            }
            if (row.getRowNum() == ENTITY_ROW) {
                entity = CellText.trimmedOrNull(CellText.of(row, ENTITY_COLUMN));
            }
            Optional<String> cutText = cutDateText(row);
            if (cutText.isPresent() && !cutLabelFound) {
                cutLabelFound = true;
                cutDate = cutDate(cutText.get(), row.getRowNum(), issues);
            }
        }
        if (!cutLabelFound) {
            issues.add(SheetIssue.warning(
                    SUMMARY_SHEET,
                    null,
                    null,
                    "Hoja «Resumen»: no se encontró «Informe generado con información de SisPT al:»; "
                            + "se desconoce la fecha de corte."));
        }
        return new Summary(entity, plan, cutDate);
    }

    /** The text after the cut-date label: in the same cell, or in the next non-blank one. */
    private static Optional<String> cutDateText(Row row) {
        for (int column = 0; column < row.getCellCount(); column++) {
            String text = CellText.of(row, column);
            if (!HeaderText.normalize(text).startsWith(CUT_LABEL)) {
                continue;
            }
            int colon = text.indexOf(':');
            String rest = colon < 0 ? "" : text.substring(colon + 1);
            for (int next = column + 1; CellText.isBlank(rest) && next < row.getCellCount(); next++) {
                rest = CellText.of(row, next);
            }
            return Optional.of(rest == null ? "" : rest);
        }
        return Optional.empty();
    }

    private static LocalDate cutDate(String text, int row, List<SheetIssue> issues) {
        Optional<LocalDate> date = SpanishDates.find(text);
        if (date.isEmpty()) {
            issues.add(SheetIssue.warning(
                    SUMMARY_SHEET,
                    row,
                    null,
                    "Hoja «Resumen», fila " + row + ": la fecha de corte «" + text.strip()
                            + "» no es una fecha como «31 de diciembre de 2025»."));
        }
        return date.orElse(null);
    }

    private static DnpSeguimientoReading unreadable(UnreadableXlsxException e) {
        return new DnpSeguimientoReading(null, List.of(SheetIssue.error(null, null, null, e.getMessage())));
    }

    private record Summary(String entity, String plan, LocalDate cutDate) {
        static final Summary NONE = new Summary(null, null, null);
    }
}
