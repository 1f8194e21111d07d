package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.LockedException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.files.StoredFiles;
import co.rumbo.platform.web.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The treasury's budget execution report (PE-P-004 step 3): a template Rumbo provides (xlsx or CSV, one
 * row per project and funding source of the year's approved action plans) and its upload for a capture
 * period, by the treasury (HACIENDA) or the planning office.
 *
 * <p>The upload is all or nothing: the whole file is checked first and every problem is named with its
 * sheet, row and column ({@link TreasuryUploadRejected}, 422); only a file without problems is recorded,
 * each row in the sheet of the office whose approved action plan has the project ({@link
 * BudgetExecutions#recordFromTreasury}, origin HACIENDA, the treasury's figure wins). Where the office
 * had typed other figures, the upload reports the conflict. The file and the result are kept ({@code
 * treasury_upload}).
 *
 * <p>Order of the answers: 403 a role other than HACIENDA or PLANEACION; 404 a period never opened; 423
 * a closed period (nothing is read); 422 the file's problems.
 */
@Service
public class TreasuryUploads {

    /** The sheet of the template (and the one read from an uploaded workbook when it has it). */
    public static final String SHEET = "Ejecución";

    static final int MAX_ROWS = 5_000;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int MAX_ISSUES = 300;
    private static final Formats FORMATS = new Formats();
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The columns of the report, with the header the template writes. */
    enum Column {
        BPIN("BPIN", true),
        SOURCE("Fuente de financiación", true),
        APPROPRIATION("Apropiación definitiva", true),
        COMMITMENTS("Compromisos", true),
        OBLIGATIONS("Obligaciones", true),
        PAYMENTS("Pagos", true),
        CUT_DATE("Fecha de corte", true),
        OFFICE("Dependencia (código)", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        /** Whether a header cell (normalized) names this column. */
        boolean matches(String h) {
            return switch (this) {
                case BPIN -> h.contains("bpin");
                case SOURCE -> h.contains("fuente");
                case APPROPRIATION -> h.contains("apropiacion");
                case COMMITMENTS -> h.startsWith("compromiso") || h.contains(" compromisos");
                case OBLIGATIONS -> h.startsWith("obligacion") || h.contains(" obligaciones");
                case PAYMENTS -> h.startsWith("pago") || h.contains(" pagos");
                case CUT_DATE -> h.contains("corte");
                case OFFICE -> h.contains("dependencia") && !h.contains("nombre");
            };
        }
    }

    /** A file to download. */
    public record TemplateFile(String fileName, String contentType, byte[] content) {}

    private final JdbcClient jdbc;
    private final CapturePeriods periods;
    private final BudgetExecutions budgets;
    private final Organizations organizations;
    private final StoredFiles files;

    TreasuryUploads(
            JdbcClient jdbc,
            CapturePeriods periods,
            BudgetExecutions budgets,
            Organizations organizations,
            StoredFiles files) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.budgets = budgets;
        this.organizations = organizations;
        this.files = files;
    }

    // ---------------------------------------------------------------- template

    /** One project and source of an office's approved action plan, with its programmed money. */
    record PlanLine(
            UUID officeId, String projectBpin, String sourceCode, String sourceName, int position, BigDecimal amount) {}

    /**
     * The template of a year: one row per project (BPIN), funding source and office of the year's approved
     * action plans, with the office's code and the money programmed; the figures blank, the cut date the
     * period's end when a period is given.
     *
     * @param format "xlsx" or "csv"
     */
    @Transactional(readOnly = true)
    public TemplateFile template(CurrentUser user, int year, Period period, String format) {
        UUID org = user.requireOrganization();
        requireTreasuryOrPlanning(user, "descargan la plantilla de ejecución presupuestal");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("El año " + year + " no es válido.");
        }
        if (period != null && period.year() != year) {
            throw new IllegalArgumentException("El periodo " + period + " no es del año " + year + ".");
        }
        List<PlanLine> lines = planLines(org, year);
        Map<UUID, Office> offices = offices(org);
        LocalDate cut = period == null ? null : period.end();
        String base = "ejecucion-presupuestal-" + (period == null ? String.valueOf(year) : period.toString());
        if ("csv".equalsIgnoreCase(format)) {
            return new TemplateFile(base + ".csv", "text/csv;charset=UTF-8", csvTemplate(lines, offices, cut));
        }
        if (format != null && !format.isBlank() && !"xlsx".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("El formato debe ser xlsx o csv.");
        }
        return new TemplateFile(
                base + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsxTemplate(year, lines, offices, cut));
    }

    private List<PlanLine> planLines(UUID org, int year) {
        return jdbc.sql("""
                        select office_id, project_bpin, source_code, source_name, source_position, sum(amount) as amount
                        from tracking_programmed_budget where organization_id = ? and year = ?
                        group by office_id, project_bpin, source_code, source_name, source_position
                        order by project_bpin, source_position""")
                .params(org, year)
                .query((rs, n) -> new PlanLine(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getBigDecimal(6)))
                .list();
    }

    private static final String[] TEMPLATE_HEADERS = {
        Column.BPIN.header,
        Column.SOURCE.header,
        Column.APPROPRIATION.header,
        Column.COMMITMENTS.header,
        Column.OBLIGATIONS.header,
        Column.PAYMENTS.header,
        Column.CUT_DATE.header,
        Column.OFFICE.header,
        "Nombre de la dependencia",
        "Programado en el plan de acción"
    };

    private byte[] xlsxTemplate(int year, List<PlanLine> lines, Map<UUID, Office> offices, LocalDate cut) {
        List<Source> sources = sources();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "Rumbo", "1.0");
            Worksheet ws = wb.newWorksheet(SHEET);
            for (int c = 0; c < TEMPLATE_HEADERS.length; c++) {
                ws.value(0, c, TEMPLATE_HEADERS[c]);
                ws.style(0, c).bold().wrapText(true).fillColor("DDEBF7").set();
            }
            int r = 1;
            for (PlanLine line : lines) {
                Office office = offices.get(line.officeId());
                ws.value(r, 0, line.projectBpin());
                ws.value(r, 1, line.sourceName());
                for (int c = 2; c <= 5; c++) {
                    ws.style(r, c).format("#,##0.00").set();
                }
                if (cut != null) {
                    ws.value(r, 6, cut);
                }
                ws.style(r, 6).format("dd/mm/yyyy").set();
                ws.value(r, 7, office == null ? "" : office.code());
                ws.value(r, 8, office == null ? "" : office.name());
                ws.value(r, 9, line.amount());
                ws.style(r, 9).format("#,##0.00").fontColor("555555").set();
                r++;
            }
            // a few empty rows ready for projects the plans do not have, with the same formats
            for (int extra = 0; extra < 20; extra++, r++) {
                for (int c = 2; c <= 5; c++) {
                    ws.style(r, c).format("#,##0.00").set();
                }
                ws.style(r, 6).format("dd/mm/yyyy").set();
            }
            int[] widths = {16, 34, 20, 18, 18, 18, 14, 16, 34, 20};
            for (int c = 0; c < widths.length; c++) {
                ws.width(c, widths[c]);
            }
            ws.freezePane(1, 1);

            Worksheet catalogue = wb.newWorksheet("Fuentes");
            catalogue.value(0, 0, "Código");
            catalogue.value(0, 1, "Fuente de financiación");
            catalogue.style(0, 0).bold().set();
            catalogue.style(0, 1).bold().set();
            for (int i = 0; i < sources.size(); i++) {
                catalogue.value(i + 1, 0, sources.get(i).code());
                catalogue.value(i + 1, 1, sources.get(i).name());
            }
            catalogue.width(0, 30);
            catalogue.width(1, 55);

            Worksheet help = wb.newWorksheet("Instrucciones");
            String[] text = {
                "Ejecución presupuestal de Hacienda · vigencia " + year,
                "",
                "Una fila por proyecto (BPIN) y fuente de financiación, con las cifras acumuladas del año a la fecha de"
                        + " corte, en pesos.",
                "Fuente de financiación: el nombre o el código de la hoja «Fuentes».",
                "Apropiación definitiva ≥ compromisos ≥ obligaciones ≥ pagos; ninguna cifra negativa; hasta 2 decimales.",
                "Fecha de corte: dentro del periodo que se carga (dd/mm/aaaa).",
                "Dependencia (código): obligatoria solo cuando el proyecto está en los planes de varias dependencias;"
                        + " escriba entonces una fila por dependencia.",
                "Las filas con las cuatro cifras en blanco se omiten. Las columnas «Nombre de la dependencia» y"
                        + " «Programado en el plan de acción» son informativas.",
                "Si el archivo tiene un error, Rumbo no guarda nada y dice la fila y la columna de cada error.",
                "Las cifras de Hacienda prevalecen sobre las que la dependencia haya escrito en su hoja de captura.",
                "Puede guardar este libro como CSV (separado por punto y coma) y cargarlo igual."
            };
            for (int i = 0; i < text.length; i++) {
                help.value(i, 0, text[i]);
            }
            help.style(0, 0).bold().fontSize(13).set();
            help.width(0, 120);
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] csvTemplate(List<PlanLine> lines, Map<UUID, Office> offices, LocalDate cut) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", TEMPLATE_HEADERS)).append("\r\n");
        for (PlanLine line : lines) {
            Office office = offices.get(line.officeId());
            csv.append(line.projectBpin())
                    .append(';')
                    .append(csvField(line.sourceName()))
                    .append(";;;;;")
                    .append(cut == null ? "" : cut.format(DMY))
                    .append(';')
                    .append(office == null ? "" : csvField(office.code()))
                    .append(';')
                    .append(office == null ? "" : csvField(office.name()))
                    .append(';')
                    .append(line.amount().stripTrailingZeros().toPlainString().replace('.', ','))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvField(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    // ---------------------------------------------------------------- upload

    /** A row of the file, checked and resolved to an office. */
    private record Checked(int row, UUID officeId, BudgetEntry entry, LocalDate cut) {}

    /**
     * Loads the treasury's report into the period's sheets: all or nothing.
     *
     * @throws TreasuryUploadRejected the file has problems (each named); nothing was saved
     * @throws co.rumbo.platform.LockedException the period is closed; nothing was read
     */
    @Transactional
    public TreasuryUpload upload(CurrentUser user, Period period, String fileName, byte[] content) {
        UUID org = user.requireOrganization();
        requireTreasuryOrPlanning(user, "cargan la ejecución presupuestal de Hacienda");
        Objects.requireNonNull(period, "period");
        CapturePeriod capture = periods.get(org, period);
        if (!capture.open()) {
            throw new LockedException(PeriodLocks.lockedMessage(period, List.of(period.toString())));
        }
        periods.requireWritable(org, period);
        String name = fileName == null || fileName.isBlank() ? "ejecucion.csv" : fileName.strip();
        if (content == null || content.length == 0) {
            throw rejected(name, List.of(new UploadIssue(null, null, null, "El archivo está vacío.")));
        }
        if (content.length > MAX_BYTES) {
            throw rejected(
                    name,
                    List.of(new UploadIssue(
                            null,
                            null,
                            null,
                            "El archivo pesa " + content.length / 1024 + " KB; el máximo es " + MAX_BYTES / 1024
                                    + " KB.")));
        }
        TabularUpload.Table table;
        try {
            table = TabularUpload.read(content, name, SHEET, MAX_ROWS + 20);
        } catch (TabularUpload.Unreadable e) {
            throw rejected(name, List.of(new UploadIssue(null, null, null, e.getMessage())));
        }
        List<UploadIssue> issues = new ArrayList<>();
        int[] skipped = {0};
        List<Checked> rows = check(org, period, table, issues, skipped);
        if (issues.isEmpty() && rows.isEmpty()) {
            issues.add(new UploadIssue(
                    table.sheet(),
                    null,
                    null,
                    "El archivo no trae cifras: escriba la apropiación definitiva, los compromisos, las obligaciones"
                            + " y los pagos de al menos un proyecto."));
        }
        if (!issues.isEmpty()) {
            throw rejected(name, issues);
        }

        Map<UUID, Office> offices = offices(org);
        List<TreasuryConflict> conflicts = new ArrayList<>();
        Set<UUID> touched = new LinkedHashSet<>();
        LocalDate latestCut = null;
        for (Checked row : rows) {
            BudgetExecutions.TreasuryOutcome outcome =
                    budgets.recordFromTreasury(user, period, row.officeId(), row.entry(), row.cut());
            touched.add(row.officeId());
            latestCut = latestCut == null || row.cut().isAfter(latestCut) ? row.cut() : latestCut;
            BudgetLine line = outcome.line();
            BudgetLine.Figures treasury = row.entry().figures();
            if (line.officeFigures() != null && !same(line.officeFigures(), treasury)) {
                Office office = offices.get(row.officeId());
                conflicts.add(new TreasuryConflict(
                        row.officeId(),
                        office == null ? "—" : office.name(),
                        line.projectBpin(),
                        line.sourceCode(),
                        line.sourceName(),
                        line.officeFigures(),
                        treasury));
            }
        }
        TabularUpload.Format format = table.format();
        String sha = files.store(
                content,
                format == TabularUpload.Format.XLSX
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv");
        UUID id = jdbc.sql("""
                        insert into treasury_upload (organization_id, period, file_sha256, file_name, file_format,
                            rows_loaded, rows_skipped, offices, cut_date, conflicts, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(
                        org,
                        period.toString(),
                        sha,
                        name,
                        format.name(),
                        rows.size(),
                        skipped[0],
                        touched.size(),
                        latestCut,
                        JSON.writeValueAsString(conflicts),
                        user.username())
                .query(UUID.class)
                .single();
        return find(org, id).orElseThrow();
    }

    /** The uploads of a period, the latest first (anyone who sees every office). */
    @Transactional(readOnly = true)
    public List<TreasuryUpload> uploads(CurrentUser user, Period period) {
        UUID org = user.requireOrganization();
        requireReader(user);
        return jdbc.sql("select * from treasury_upload where organization_id = ? and period = ?"
                        + " order by uploaded_at desc, id")
                .params(org, period.toString())
                .query(TreasuryUploads::upload)
                .list();
    }

    /** One upload. */
    @Transactional(readOnly = true)
    public TreasuryUpload upload(CurrentUser user, UUID id) {
        UUID org = user.requireOrganization();
        requireReader(user);
        return find(org, id).orElseThrow(() -> new NotFoundException("La carga de Hacienda no existe"));
    }

    /** The file of an upload, as it was loaded. */
    @Transactional(readOnly = true)
    public TemplateFile file(CurrentUser user, UUID id) {
        TreasuryUpload upload = upload(user, id);
        byte[] content = files.content(upload.sha256())
                .orElseThrow(() -> new NotFoundException("El archivo de la carga no está en el almacén"));
        return new TemplateFile(
                upload.fileName(),
                "XLSX".equals(upload.format())
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv",
                content);
    }

    private Optional<TreasuryUpload> find(UUID org, UUID id) {
        return jdbc.sql("select * from treasury_upload where organization_id = ? and id = ?")
                .params(org, id)
                .query(TreasuryUploads::upload)
                .optional();
    }

    private static TreasuryUpload upload(ResultSet rs, int n) throws SQLException {
        List<TreasuryConflict> conflicts =
                JSON.readValue(rs.getString("conflicts"), new TypeReference<List<TreasuryConflict>>() {});
        return new TreasuryUpload(
                rs.getObject("id", UUID.class),
                Period.parse(rs.getString("period")),
                rs.getString("file_name"),
                rs.getString("file_format"),
                rs.getString("file_sha256"),
                rs.getInt("rows_loaded"),
                rs.getInt("rows_skipped"),
                rs.getInt("offices"),
                rs.getObject("cut_date", LocalDate.class),
                conflicts,
                rs.getString("uploaded_by"),
                ReportStore.instant(rs, "uploaded_at"));
    }

    // ---------------------------------------------------------------- checking the file

    private record Source(String code, String name) {}

    private List<Source> sources() {
        return jdbc.sql("select code, name from funding_source order by position")
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2)))
                .list();
    }

    private List<Checked> check(
            UUID org, Period period, TabularUpload.Table table, List<UploadIssue> issues, int[] skipped) {
        String sheet = table.sheet();
        List<TabularUpload.Line> lines = table.lines();
        // the header: the first of the first 10 rows with a BPIN column
        int headerIndex = -1;
        for (int i = 0; i < Math.min(10, lines.size()) && headerIndex < 0; i++) {
            for (TabularUpload.CellValue cell : lines.get(i).cells()) {
                if (cell.number() == null && Column.BPIN.matches(TabularUpload.normalize(cell.text()))) {
                    headerIndex = i;
                    break;
                }
            }
        }
        if (headerIndex < 0) {
            issues.add(new UploadIssue(
                    sheet,
                    lines.isEmpty() ? null : lines.get(0).number(),
                    null,
                    "No se encontró la fila de títulos: la primera fila debe tener las columnas BPIN, Fuente de"
                            + " financiación, Apropiación definitiva, Compromisos, Obligaciones, Pagos y Fecha de"
                            + " corte. Descargue la plantilla de Rumbo."));
            return List.of();
        }
        TabularUpload.Line header = lines.get(headerIndex);
        Map<Column, Integer> columns = new LinkedHashMap<>();
        Map<Column, String> titles = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            TabularUpload.CellValue cell = header.cell(c);
            if (cell.blank() || cell.number() != null) continue;
            String h = TabularUpload.normalize(cell.text());
            for (Column column : Column.values()) {
                if (!columns.containsKey(column) && column.matches(h)) {
                    columns.put(column, c);
                    titles.put(
                            column,
                            TabularUpload.columnLetters(c) + " (" + cell.text().strip() + ")");
                    break;
                }
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                issues.add(new UploadIssue(sheet, header.number(), null, "Falta la columna «" + column.header + "»."));
            }
        }
        if (!issues.isEmpty()) {
            return List.of();
        }

        Map<String, String> sourceCodes = new HashMap<>();
        Map<String, String> sourceNames = new HashMap<>();
        for (Source s : sources()) {
            sourceCodes.put(TabularUpload.normalize(s.code()), s.code());
            sourceCodes.put(TabularUpload.normalize(s.code().replace('_', ' ')), s.code());
            sourceCodes.put(TabularUpload.normalize(s.name()), s.code());
            sourceNames.put(s.code(), s.name());
        }
        Map<String, List<UUID>> pairOffices = budgets.projectOffices(org, period.year());
        Map<String, Set<UUID>> bpinOffices = new HashMap<>();
        pairOffices.forEach((key, offices) -> bpinOffices
                .computeIfAbsent(key.substring(0, key.indexOf('|')), k -> new LinkedHashSet<>())
                .addAll(offices));
        Map<UUID, Office> offices = offices(org);
        Map<String, Office> officesByCode = offices.values().stream()
                .collect(Collectors.toMap(o -> TabularUpload.normalize(o.code()), o -> o, (a, b) -> a));

        Map<String, Integer> seen = new HashMap<>();
        List<Checked> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            TabularUpload.Line line = lines.get(i);
            if (line.blank()) continue;
            if (issues.size() >= MAX_ISSUES) {
                issues.add(new UploadIssue(
                        sheet, line.number(), null, "Hay más errores; corrija los anteriores y vuelva a cargar."));
                break;
            }
            int before = issues.size();
            int row = line.number();
            Cells cells = new Cells(sheet, row, line, columns, titles, issues);

            MoneyText.Parsed[] figures = {
                cells.amount(Column.APPROPRIATION),
                cells.amount(Column.COMMITMENTS),
                cells.amount(Column.OBLIGATIONS),
                cells.amount(Column.PAYMENTS)
            };
            boolean allBlank = true;
            for (MoneyText.Parsed f : figures) {
                allBlank &= f.blank();
            }
            if (allBlank) {
                skipped[0]++;
                continue;
            }

            // the project
            String bpin = cells.bpin();
            // the source
            String source = null;
            TabularUpload.CellValue sourceCell = cells.cell(Column.SOURCE);
            if (sourceCell.blank()) {
                cells.issue(Column.SOURCE, "Falta la fuente de financiación.");
            } else {
                source = sourceCodes.get(TabularUpload.normalize(sourceCell.text()));
                if (source == null) {
                    cells.issue(
                            Column.SOURCE,
                            "La fuente «" + sourceCell.text().strip() + "» no está en el catálogo de fuentes de"
                                    + " financiación: use el nombre o el código de la hoja «Fuentes» de la plantilla"
                                    + " (por ejemplo «Recursos propios» o RECURSOS_PROPIOS).");
                }
            }
            // the figures
            Column[] money = {Column.APPROPRIATION, Column.COMMITMENTS, Column.OBLIGATIONS, Column.PAYMENTS};
            String[] names = {"la apropiación definitiva", "los compromisos", "las obligaciones", "los pagos"};
            BigDecimal[] values = new BigDecimal[4];
            for (int k = 0; k < 4; k++) {
                MoneyText.Parsed f = figures[k];
                if (f.blank()) {
                    cells.issue(
                            money[k],
                            "Falta el valor de " + names[k]
                                    + ": Hacienda reporta las cuatro cifras (escriba 0 si no hay).");
                } else if (!f.ok()) {
                    cells.issue(money[k], "«" + f.invalid() + "» no es un valor en pesos.");
                } else if (f.value().signum() < 0) {
                    cells.issue(money[k], "No se admiten valores negativos (" + FORMATS.money(f.value()) + ").");
                } else if (f.value().stripTrailingZeros().scale() > 2) {
                    cells.issue(
                            money[k],
                            "Los valores en pesos admiten hasta 2 decimales («"
                                    + cells.cell(money[k]).text() + "»).");
                } else if (f.value().compareTo(new BigDecimal("999999999999999999")) > 0) {
                    cells.issue(money[k], "El valor es demasiado grande.");
                } else {
                    values[k] = f.value().stripTrailingZeros();
                    if (values[k].scale() < 0) values[k] = values[k].setScale(0);
                }
            }
            String[] labels = {"la apropiación definitiva", "los compromisos", "las obligaciones"};
            String[] upper = {"Los compromisos", "Las obligaciones", "Los pagos"};
            for (int k = 1; k < 4; k++) {
                if (values[k] != null && values[k - 1] != null && values[k].compareTo(values[k - 1]) > 0) {
                    cells.issue(
                            money[k],
                            upper[k - 1] + " (" + FORMATS.money(values[k]) + ") superan " + labels[k - 1] + " ("
                                    + FORMATS.money(values[k - 1]) + ").");
                }
            }
            // the cut date
            LocalDate cut = null;
            TabularUpload.CellValue cutCell = cells.cell(Column.CUT_DATE);
            if (cutCell.blank()) {
                cells.issue(Column.CUT_DATE, "Falta la fecha de corte (dd/mm/aaaa).");
            } else {
                Optional<LocalDate> date = MoneyText.date(cutCell);
                if (date.isEmpty()) {
                    cells.issue(Column.CUT_DATE, "«" + cutCell.text() + "» no es una fecha (dd/mm/aaaa).");
                } else if (!period.contains(date.get())) {
                    cells.issue(
                            Column.CUT_DATE,
                            "La fecha de corte " + date.get().format(DMY) + " está fuera del periodo " + period + " ("
                                    + period.start().format(DMY) + " a "
                                    + period.end().format(DMY) + ").");
                } else {
                    cut = date.get();
                }
            }
            // the office
            UUID office = null;
            if (bpin != null) {
                Set<UUID> candidates = source == null
                        ? Set.of()
                        : new LinkedHashSet<>(pairOffices.getOrDefault(bpin + "|" + source, List.of()));
                if (candidates.isEmpty()) {
                    candidates = bpinOffices.getOrDefault(bpin, Set.of());
                }
                TabularUpload.CellValue officeCell = cells.cell(Column.OFFICE);
                if (!bpinOffices.containsKey(bpin)) {
                    cells.issue(
                            Column.BPIN,
                            "El proyecto con BPIN " + bpin + " no está en ningún plan de acción " + period.year()
                                    + " aprobado.");
                } else if (!officeCell.blank()) {
                    Office named = officesByCode.get(TabularUpload.normalize(officeCell.text()));
                    if (named == null) {
                        cells.issue(
                                Column.OFFICE,
                                "No hay una dependencia con el código «"
                                        + officeCell.text().strip() + "».");
                    } else if (!bpinOffices.get(bpin).contains(named.id())) {
                        cells.issue(
                                Column.OFFICE,
                                "El proyecto con BPIN " + bpin + " no está en el plan de acción " + period.year()
                                        + " aprobado de " + named.name() + " (" + named.code() + ").");
                    } else {
                        office = named.id();
                    }
                } else if (candidates.size() == 1) {
                    office = candidates.iterator().next();
                } else if (source != null) {
                    cells.issue(
                            columns.containsKey(Column.OFFICE) ? Column.OFFICE : Column.BPIN,
                            "El proyecto con BPIN " + bpin + " está en los planes de "
                                    + candidates.stream()
                                            .map(offices::get)
                                            .filter(Objects::nonNull)
                                            .map(o -> o.name() + " (" + o.code() + ")")
                                            .collect(Collectors.joining(", "))
                                    + ": escriba en la columna «" + Column.OFFICE.header
                                    + "» a cuál corresponde esta fila (una fila por dependencia).");
                }
            }
            if (issues.size() > before) {
                continue;
            }
            String key = office + "|" + bpin + "|" + source;
            Integer first = seen.putIfAbsent(key, row);
            if (first != null) {
                issues.add(new UploadIssue(
                        sheet,
                        row,
                        titles.get(Column.BPIN),
                        "El proyecto " + bpin + " con la fuente «" + sourceNames.get(source) + "» ya está en la fila "
                                + first + " (para " + offices.get(office).name() + ")."));
                continue;
            }
            try {
                rows.add(new Checked(
                        row,
                        office,
                        new BudgetEntry(bpin, source, values[0], values[1], values[2], values[3], null),
                        cut));
            } catch (CaptureValidationException e) {
                issues.add(new UploadIssue(sheet, row, null, e.getMessage()));
            }
        }
        if (lines.size() - headerIndex - 1 > MAX_ROWS) {
            issues.add(new UploadIssue(sheet, null, null, "El archivo tiene más de " + MAX_ROWS + " filas."));
        }
        return rows;
    }

    /** The cells of one row, by column, recording issues with the row's sheet, number and column title. */
    private static final class Cells {
        private final String sheet;
        private final int row;
        private final TabularUpload.Line line;
        private final Map<Column, Integer> columns;
        private final Map<Column, String> titles;
        private final List<UploadIssue> issues;

        Cells(
                String sheet,
                int row,
                TabularUpload.Line line,
                Map<Column, Integer> columns,
                Map<Column, String> titles,
                List<UploadIssue> issues) {
            this.sheet = sheet;
            this.row = row;
            this.line = line;
            this.columns = columns;
            this.titles = titles;
            this.issues = issues;
        }

        TabularUpload.CellValue cell(Column column) {
            Integer c = columns.get(column);
            return c == null ? TabularUpload.CellValue.BLANK : line.cell(c);
        }

        MoneyText.Parsed amount(Column column) {
            return MoneyText.amount(cell(column));
        }

        void issue(Column column, String message) {
            issues.add(new UploadIssue(sheet, row, titles.get(column), message));
        }

        /** The BPIN as digits, or null (with an issue). */
        String bpin() {
            TabularUpload.CellValue cell = cell(Column.BPIN);
            if (cell.blank()) {
                issue(Column.BPIN, "Falta el BPIN del proyecto.");
                return null;
            }
            String text;
            if (cell.number() != null) {
                BigDecimal n = cell.number().stripTrailingZeros();
                if (n.scale() > 0 || n.signum() <= 0) {
                    issue(Column.BPIN, "«" + cell.text() + "» no es un BPIN: son solo dígitos.");
                    return null;
                }
                text = n.toPlainString();
                if (text.length() > 15) {
                    issue(
                            Column.BPIN,
                            "El BPIN " + text + " tiene más de 15 dígitos y Excel lo guardó como número,"
                                    + " con lo que pierde los últimos: dé a la columna formato de texto y escríbalo de nuevo.");
                    return null;
                }
            } else {
                text = cell.text().strip().replace(" ", "");
                if (text.matches("[0-9]+([.,][0-9]+)?[eE]\\+?[0-9]+")) {
                    issue(
                            Column.BPIN,
                            "El BPIN «" + cell.text().strip() + "» quedó en notación científica: dé a la"
                                    + " columna formato de texto y escríbalo completo.");
                    return null;
                }
            }
            if (!text.matches("[0-9]{8,20}")) {
                issue(Column.BPIN, "«" + cell.text().strip() + "» no es un BPIN: son de 8 a 20 dígitos.");
                return null;
            }
            return text;
        }
    }

    // ---------------------------------------------------------------- helpers

    private Map<UUID, Office> offices(UUID org) {
        Map<UUID, Office> offices = new LinkedHashMap<>();
        organizations.offices(org).forEach(o -> offices.put(o.id(), o));
        return offices;
    }

    private static boolean same(BudgetLine.Figures a, BudgetLine.Figures b) {
        return same(a.appropriation(), b.appropriation())
                && same(a.commitments(), b.commitments())
                && same(a.obligations(), b.obligations())
                && same(a.payments(), b.payments());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static TreasuryUploadRejected rejected(String fileName, List<UploadIssue> issues) {
        int n = issues.size();
        return new TreasuryUploadRejected(
                "No se guardó nada: «" + fileName + "» tiene " + (n == 1 ? "un error" : n + " errores") + ". Corríjalo"
                        + (n == 1 ? "" : "s") + " y vuelva a cargar el archivo completo.",
                issues);
    }

    private static void requireTreasuryOrPlanning(CurrentUser user, String action) {
        if (!user.hasAny(Role.HACIENDA, Role.PLANEACION)) {
            throw new ForbiddenException("Solo Hacienda o planeación " + action);
        }
    }

    private static void requireReader(CurrentUser user) {
        if (!user.hasAny(Role.HACIENDA, Role.PLANEACION, Role.DESPACHO, Role.CONTROL, Role.ADMIN)) {
            throw new ForbiddenException(
                    "Solo Hacienda, planeación, el despacho y control interno ven las cargas de" + " Hacienda");
        }
    }
}
