package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.files.FileKind;
import co.rumbo.platform.files.StoredFiles;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of the rows of a capture sheet: files (PDF, images, Office and OpenDocument documents,
 * recognised by their content, up to the organization's size limit) kept once in the platform's file
 * store, or links (http/https). Added and removed by the office while it may edit the sheet (same
 * rules and order of refusals as {@link ProgressReports#saveRow}); read by whoever may read the sheet.
 */
@Service
public class ReportEvidence {

    private static final Map<String, String> OFFICE_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "odp", "application/vnd.oasis.opendocument.presentation");
    private static final Map<String, String> LEGACY_TYPES = Map.of(
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "ppt", "application/vnd.ms-powerpoint");
    private static final String COLUMNS =
            "id, goal_id, kind, name, content_type, size, url, sha256, added_by, added_at";

    private final JdbcClient jdbc;
    private final ProgressReports reports;
    private final CapturePeriods periods;
    private final StoredFiles files;

    ReportEvidence(JdbcClient jdbc, ProgressReports reports, CapturePeriods periods, StoredFiles files) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.periods = periods;
        this.files = files;
    }

    /**
     * Attaches a file to a row.
     *
     * @throws CaptureValidationException (field {@code file}) an empty file, one over the size limit, or
     *     of a kind not accepted
     */
    @Transactional
    public Evidence addFile(
            CurrentUser user, UUID officeId, Period period, UUID goalId, String fileName, byte[] content) {
        ReportSheet sheet = reports.editableSheet(user, officeId, period);
        requireRow(sheet, goalId);
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw new CaptureValidationException("file", "El archivo está vacío.");
        }
        CaptureSettings settings = periods.settings(sheet.organizationId());
        if (content.length > settings.maxEvidenceBytes()) {
            throw new CaptureValidationException(
                    "file",
                    "El archivo «" + name + "» pesa " + megabytes(content.length) + " MB: el máximo es "
                            + settings.maxEvidenceMb() + " MB.");
        }
        String contentType = contentType(name, content);
        String sha = files.store(content, contentType);
        UUID id = jdbc.sql("""
                        insert into progress_report_evidence (report_id, goal_id, organization_id, kind, name, sha256,
                                                              content_type, size, added_by)
                        values (?, ?, ?, 'ARCHIVO', ?, ?, ?, ?, ?) returning id""")
                .params(
                        sheet.id(),
                        goalId,
                        sheet.organizationId(),
                        name,
                        sha,
                        contentType,
                        content.length,
                        user.username())
                .query(UUID.class)
                .single();
        return get(sheet, id);
    }

    /**
     * Attaches a link to a row.
     *
     * @throws CaptureValidationException (field {@code url}) not an http(s) address
     */
    @Transactional
    public Evidence addLink(CurrentUser user, UUID officeId, Period period, UUID goalId, String name, String url) {
        ReportSheet sheet = reports.editableSheet(user, officeId, period);
        requireRow(sheet, goalId);
        URI uri = link(url);
        String label = name == null || name.isBlank() ? uri.getHost() : cleanName(name);
        UUID id = jdbc.sql("""
                        insert into progress_report_evidence (report_id, goal_id, organization_id, kind, name, url,
                                                              added_by)
                        values (?, ?, ?, 'ENLACE', ?, ?, ?) returning id""")
                .params(sheet.id(), goalId, sheet.organizationId(), label, uri.toString(), user.username())
                .query(UUID.class)
                .single();
        return get(sheet, id);
    }

    /** Removes a piece of evidence (the stored file stays: files are immutable and may be shared). */
    @Transactional
    public void remove(CurrentUser user, UUID officeId, Period period, UUID evidenceId) {
        ReportSheet sheet = reports.editableSheet(user, officeId, period);
        int removed = jdbc.sql("delete from progress_report_evidence where id = ? and report_id = ?")
                .params(evidenceId, sheet.id())
                .update();
        if (removed == 0) {
            throw new NotFoundException("La evidencia no existe");
        }
    }

    /** The evidence of a sheet, or of one of its rows when {@code goalId} is given. */
    @Transactional
    public List<Evidence> list(CurrentUser user, UUID officeId, Period period, UUID goalId) {
        ReportSheet sheet = reports.readableSheet(user, officeId, period);
        return ofSheet(jdbc, sheet.id(), goalId).values().stream()
                .flatMap(List::stream)
                .toList();
    }

    /** The bytes of an evidence file. */
    @Transactional
    public EvidenceFile file(CurrentUser user, UUID officeId, Period period, UUID evidenceId) {
        ReportSheet sheet = reports.readableSheet(user, officeId, period);
        Evidence evidence = find(sheet, evidenceId)
                .filter(Evidence::file)
                .orElseThrow(() -> new NotFoundException("El archivo de evidencia no existe"));
        byte[] content = files.content(evidence.sha256())
                .orElseThrow(() -> new NotFoundException("El archivo de evidencia no existe"));
        return new EvidenceFile(evidence.name(), evidence.contentType(), content);
    }

    static Map<UUID, List<Evidence>> ofSheet(JdbcClient jdbc, UUID reportId, UUID goalId) {
        Map<UUID, List<Evidence>> byGoal = new HashMap<>();
        jdbc.sql("select " + COLUMNS + """
                         from progress_report_evidence
                        where report_id = :report and (cast(:goal as uuid) is null or goal_id = cast(:goal as uuid))
                        order by added_at, name""")
                .param("report", reportId)
                .param("goal", goalId)
                .query(ReportEvidence::evidence)
                .list()
                .forEach(e -> byGoal.computeIfAbsent(e.goalId(), k -> new java.util.ArrayList<>())
                        .add(e));
        return byGoal;
    }

    /**
     * The content type of an accepted evidence file, by its first bytes; a zip is accepted only as an
     * Office or OpenDocument file (by its extension), an Office 97 file only as .doc, .xls or .ppt.
     */
    static String contentType(String name, byte[] content) {
        FileKind kind = FileKind.of(content).orElseThrow(() -> notAccepted(name));
        String extension = extension(name);
        return switch (kind) {
            case OFFICE_ZIP -> Optional.ofNullable(OFFICE_TYPES.get(extension)).orElseThrow(() -> notAccepted(name));
            case OFFICE_LEGACY ->
                Optional.ofNullable(LEGACY_TYPES.get(extension)).orElseThrow(() -> notAccepted(name));
            default -> kind.contentType();
        };
    }

    static URI link(String url) {
        String text = url == null ? "" : url.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || text.length() > 2000) {
                throw new URISyntaxException(text, "not http");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CaptureValidationException(
                    "url", "El enlace debe ser una dirección web completa que empiece por http:// o https://.");
        }
    }

    private static CaptureValidationException notAccepted(String name) {
        return new CaptureValidationException(
                "file",
                "El archivo «" + name + "» no es de un tipo admitido como evidencia: PDF, imágenes (PNG, JPEG, GIF,"
                        + " WebP) o documentos de Office y OpenDocument.");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "evidencia";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.forLanguageTag("es-CO"), "%.1f", bytes / (1024.0 * 1024.0));
    }

    private void requireRow(ReportSheet sheet, UUID goalId) {
        boolean exists = jdbc.sql("select exists (select from progress_report_row where report_id = ? and goal_id = ?)")
                .params(sheet.id(), goalId)
                .query(Boolean.class)
                .single();
        if (!exists) {
            throw new NotFoundException("La meta no está en esta hoja de captura");
        }
    }

    private Optional<Evidence> find(ReportSheet sheet, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from progress_report_evidence where id = ? and report_id = ?")
                .params(id, sheet.id())
                .query(ReportEvidence::evidence)
                .optional();
    }

    private Evidence get(ReportSheet sheet, UUID id) {
        return find(sheet, id).orElseThrow();
    }

    private static Evidence evidence(ResultSet rs, int n) throws SQLException {
        int raw = rs.getInt("size");
        Integer size = rs.wasNull() ? null : raw;
        return new Evidence(
                rs.getObject("id", UUID.class),
                rs.getObject("goal_id", UUID.class),
                rs.getString("kind"),
                rs.getString("name"),
                rs.getString("content_type"),
                size,
                rs.getString("url"),
                rs.getString("sha256"),
                rs.getString("added_by"),
                ReportStore.instant(rs, "added_at"));
    }
}
