package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.files.XlsxGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel round trip of a capture sheet: download it as xlsx, fill it offline, upload it back. The
 * upload is all or nothing: every wrong value is named with its row and column, and then nothing is
 * saved. It is refused like any other write (closed period 423, submitted sheet 409, another office
 * 404). A row someone else saved after the file was downloaded is an error too (its version column).
 */
@Service
public class CaptureWorkbooks {

    /** The sheet's name inside the workbook. */
    public static final String SHEET = "Hoja de captura";

    static final String[] HEADERS = {
        "ID de la meta",
        "Código",
        "Meta",
        "Unidad",
        "Programado del periodo",
        "Meta del año",
        "Ejecutado",
        "Descripción",
        "Versión"
    };

    private static final int ID = 0;
    private static final int EXECUTED = 6;
    private static final int DESCRIPTION = 7;
    private static final int VERSION = 8;
    private static final int MAX_ROWS = 5000;

    private final JdbcClient jdbc;
    private final ProgressReports reports;

    CaptureWorkbooks(JdbcClient jdbc, ProgressReports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /**
     * An error of an uploaded file: its row (1-based, as Excel shows it; 0 for the whole file), column ("G
     * (Ejecutado)") and why.
     */
    public record Issue(int row, String column, String message) {

        @Override
        public String toString() {
            if (row == 0) {
                return Character.toUpperCase(message.charAt(0)) + message.substring(1);
            }
            return "Fila " + row + (column == null ? "" : ", columna " + column) + ": " + message;
        }
    }

    /** What an upload did: rows saved and unchanged, or the errors (then nothing was saved). */
    public record UploadResult(int saved, int unchanged, List<Issue> issues) {

        public UploadResult {
            issues = List.copyOf(issues);
        }

        public boolean ok() {
            return issues.isEmpty();
        }
    }

    /** The sheet as an xlsx workbook, for whoever may read it. */
    @Transactional
    public byte[] download(CurrentUser user, UUID officeId, Period period) {
        ProgressReport sheet = reports.sheet(user, officeId, period);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Rumbo", "1.0");
            Worksheet ws = wb.newWorksheet(SHEET);
            ws.value(0, 0, "Hoja de captura " + period + " · " + sheet.officeName());
            ws.style(0, 0).bold().fontSize(13).set();
            ws.value(
                    1,
                    0,
                    "Escriba en «Ejecutado» (número ≥ 0, con coma o punto decimal) y «Descripción». No cambie las"
                            + " columnas A ni I. Súbalo en la página de la hoja: si un valor está mal, se dice la fila y"
                            + " la columna y no se guarda nada.");
            for (int c = 0; c < HEADERS.length; c++) {
                ws.value(2, c, HEADERS[c]);
                ws.style(2, c).bold().fillColor("DDE5F0").set();
            }
            int r = 3;
            for (ProgressReport.Row row : sheet.rows()) {
                ws.value(r, ID, row.goalId().toString());
                ws.value(r, 1, row.code());
                ws.value(r, 2, row.name());
                ws.value(r, 3, row.unit());
                number(ws, r, 4, row.programmed());
                number(ws, r, 5, row.yearTarget());
                number(ws, r, EXECUTED, row.executed());
                if (row.description() != null) {
                    ws.value(r, DESCRIPTION, row.description());
                }
                ws.value(r, VERSION, row.version());
                ws.style(r, EXECUTED).fillColor("FFF8DC").set();
                ws.style(r, DESCRIPTION).fillColor("FFF8DC").wrapText(true).set();
                r++;
            }
            ws.width(ID, 38);
            ws.width(1, 14);
            ws.width(2, 60);
            ws.width(3, 16);
            ws.width(4, 14);
            ws.width(5, 14);
            ws.width(EXECUTED, 14);
            ws.width(DESCRIPTION, 60);
            ws.width(VERSION, 9);
            ws.hideColumn(ID);
            ws.freezePane(2, 3);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Reads an uploaded workbook and saves its rows, all or nothing.
     *
     * @return the rows saved, or the errors (nothing saved then)
     */
    @Transactional
    public UploadResult upload(CurrentUser user, UUID officeId, Period period, byte[] content) {
        ReportSheet sheet = reports.editableSheet(user, officeId, period);
        List<Attempt> attempts = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        read(content, attempts, issues);
        if (!issues.isEmpty()) {
            return new UploadResult(0, 0, issues);
        }
        Map<UUID, ProgrammedGoal> goals = reports.goalsOf(sheet, null).stream()
                .collect(Collectors.toMap(ProgrammedGoal::goalId, Function.identity()));
        Map<UUID, Current> current = current(sheet);
        BigDecimal tolerance = reports.tolerance(sheet.organizationId());
        Set<UUID> seen = new HashSet<>();
        List<Attempt> changed = new ArrayList<>();
        int unchanged = 0;
        for (Attempt a : attempts) {
            ProgrammedGoal goal = goals.get(a.goalId());
            Current now = current.get(a.goalId());
            if (goal == null || now == null) {
                issues.add(new Issue(a.row(), column(ID), "la meta no está en esta hoja de captura."));
                continue;
            }
            if (!seen.add(a.goalId())) {
                issues.add(new Issue(a.row(), column(ID), "la meta " + goal.code() + " está repetida en el archivo."));
                continue;
            }
            try {
                CaptureRules.check(goal, period, a.executed(), a.description(), tolerance);
            } catch (CaptureValidationException e) {
                int col = "description".equals(e.field()) ? DESCRIPTION : EXECUTED;
                issues.add(new Issue(a.row(), column(col), e.getMessage()));
                continue;
            }
            boolean same =
                    sameNumber(now.executed(), a.executed()) && Objects.equals(now.description(), a.description());
            if (same) {
                unchanged++;
            } else if (a.version() == null || a.version() != now.version()) {
                issues.add(new Issue(
                        a.row(),
                        column(VERSION),
                        "otra persona cambió la meta " + goal.code() + " después de que usted descargó el archivo"
                                + (now.by() == null ? "" : " (" + now.by() + ")")
                                + ": descargue la hoja de nuevo y copie allí sus valores."));
            } else {
                changed.add(a);
            }
        }
        if (!issues.isEmpty()) {
            return new UploadResult(0, 0, issues);
        }
        for (Attempt a : changed) {
            int updated =
                    reports.writeRow(sheet, a.goalId(), a.executed(), a.description(), a.version(), user.username());
            if (updated == 0) {
                throw new StaleVersionException("Otra persona guardó filas de la hoja mientras se cargaba el archivo;"
                        + " no se guardó nada. Descargue la hoja de nuevo.");
            }
        }
        return new UploadResult(changed.size(), unchanged, List.of());
    }

    private record Attempt(int row, UUID goalId, BigDecimal executed, String description, Integer version) {}

    private record Current(BigDecimal executed, String description, int version, String by) {}

    private Map<UUID, Current> current(ReportSheet sheet) {
        Map<UUID, Current> rows = new HashMap<>();
        jdbc.sql(
                        "select goal_id, executed, description, version, updated_by from progress_report_row where report_id = ?")
                .param(sheet.id())
                .query(rs -> {
                    rows.put(
                            rs.getObject(1, UUID.class),
                            new Current(rs.getBigDecimal(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
                });
        return rows;
    }

    private static void read(byte[] content, List<Attempt> attempts, List<Issue> issues) {
        // The platform's guard first: zip bombs, DOCTYPEs and damaged files never reach the reader.
        java.nio.file.Path file;
        try {
            file = XlsxGuard.checkedCopy(content);
        } catch (BusinessRuleException e) {
            issues.add(new Issue(0, null, e.getMessage()));
            return;
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false))) {
            Optional<Sheet> sheet = wb.findSheet(SHEET);
            if (sheet.isEmpty()) {
                issues.add(new Issue(
                        0, null, "el libro no tiene la hoja «" + SHEET + "»: use el archivo que descarga Rumbo."));
                return;
            }
            List<Row> rows = sheet.get().read();
            int header = -1;
            for (int i = 0; i < Math.min(rows.size(), 10); i++) {
                if (HEADERS[0].equals(text(rows.get(i), ID)) && HEADERS[EXECUTED].equals(text(rows.get(i), EXECUTED))) {
                    header = i;
                    break;
                }
            }
            if (header < 0) {
                issues.add(new Issue(
                        0,
                        null,
                        "no se encontró la fila de títulos («" + HEADERS[0] + "» … «" + HEADERS[VERSION]
                                + "»): no cambie las columnas del archivo descargado."));
                return;
            }
            if (rows.size() > MAX_ROWS) {
                issues.add(new Issue(0, null, "el archivo tiene demasiadas filas."));
                return;
            }
            for (int i = header + 1; i < rows.size(); i++) {
                Row row = rows.get(i);
                String id = text(row, ID);
                if (id == null) {
                    if (text(row, EXECUTED) != null || text(row, DESCRIPTION) != null) {
                        issues.add(new Issue(row.getRowNum(), column(ID), "falta el identificador de la meta."));
                    }
                    continue;
                }
                UUID goal;
                try {
                    goal = UUID.fromString(id);
                } catch (IllegalArgumentException e) {
                    issues.add(new Issue(row.getRowNum(), column(ID), "el identificador de la meta fue cambiado."));
                    continue;
                }
                BigDecimal executed;
                try {
                    executed = decimal(row, EXECUTED);
                } catch (NumberFormatException e) {
                    issues.add(new Issue(
                            row.getRowNum(),
                            column(EXECUTED),
                            "«" + text(row, EXECUTED) + "» no es un número (escriba, por ejemplo, 12,5)."));
                    continue;
                }
                Integer version;
                try {
                    BigDecimal v = decimal(row, VERSION);
                    version = v == null ? null : v.intValueExact();
                } catch (NumberFormatException | ArithmeticException e) {
                    issues.add(new Issue(row.getRowNum(), column(VERSION), "la versión fue cambiada."));
                    continue;
                }
                String description = text(row, DESCRIPTION);
                attempts.add(new Attempt(row.getRowNum(), goal, executed, description, version));
            }
        } catch (IOException | RuntimeException e) {
            issues.add(new Issue(0, null, XlsxGuard.DAMAGED));
        } finally {
            XlsxGuard.delete(file);
        }
    }

    /** "G (Ejecutado)". */
    static String column(int index) {
        return (char) ('A' + index) + " (" + HEADERS[index] + ")";
    }

    private static String text(Row row, int index) {
        Optional<Cell> cell = row.getOptionalCell(index);
        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
            return null;
        }
        String text = cell.get().getType() == CellType.NUMBER
                ? cell.get().asNumber().stripTrailingZeros().toPlainString()
                : cell.get().getText();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BigDecimal decimal(Row row, int index) {
        Optional<Cell> cell = row.getOptionalCell(index);
        if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.get().getType() == CellType.NUMBER) {
            return cell.get().asNumber();
        }
        String text = cell.get().getText();
        return text == null || text.isBlank() ? null : Decimals.parse(text);
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal value) {
        if (value != null) {
            ws.value(r, c, value);
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
