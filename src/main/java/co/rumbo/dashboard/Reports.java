package co.rumbo.dashboard;

import co.rumbo.calendar.Period;
import co.rumbo.dashboard.report.OfficeDigest;
import co.rumbo.dashboard.report.ReportAssembler;
import co.rumbo.dashboard.report.ReportContent;
import co.rumbo.dashboard.report.ReportPdf;
import co.rumbo.dashboard.report.ReportRecords;
import co.rumbo.dashboard.report.ReportText;
import co.rumbo.dashboard.report.ReportWorkbook;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.notification.Notifications;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.files.StoredFiles;
import co.rumbo.platform.web.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly progress report and the quarterly follow-up report with alerts (PE-P-004 steps 5–6,
 * PE-P-008), generated from closed capture periods as PDF and xlsx and kept.
 *
 * <p>Rules: only PLANEACION generates (403); the period must be closed (a month or quarter captured by
 * the organization for the monthly report; every capture period of the quarter, up to its last, for
 * the quarterly one), otherwise 409 with the reason. The figures are the tablero's at the report's cut
 * ({@link Dashboards#dashboard}), read in one snapshot with the capture's. Each generation is a new
 * numbered version; versions never change (the database refuses). Only DESPACHO validates a quarterly
 * report, only its latest version, once; PLANEACION or DESPACHO then sends it, once, to every office: an
 * e-mail to its leaders and liaisons with the office's own lagging goals and a link, through the
 * notification outbox. Offices' own people (LIDER, ENLACE) read the monthly reports and the validated
 * quarterly ones; the other roles read every version. Another organization's report is 404.
 */
@Service
public class Reports {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    private final ReportAssembler assembler;
    private final ReportPdf pdf;
    private final ReportWorkbook workbook;
    private final ReportRecords records;
    private final ReportText text;
    private final Dashboards dashboards;
    private final StoredFiles files;
    private final Organizations organizations;
    private final Users users;
    private final Notifications notifications;
    private final Formats fmt;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate write;
    private final Clock clock;
    private final String baseUrl;

    Reports(
            ReportAssembler assembler,
            ReportPdf pdf,
            ReportWorkbook workbook,
            ReportRecords records,
            ReportText text,
            Dashboards dashboards,
            StoredFiles files,
            Organizations organizations,
            Users users,
            Notifications notifications,
            Formats fmt,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock,
            @Value("${rumbo.base-url:http://localhost:8080}") String baseUrl) {
        this.assembler = assembler;
        this.pdf = pdf;
        this.workbook = workbook;
        this.records = records;
        this.text = text;
        this.dashboards = dashboards;
        this.files = files;
        this.organizations = organizations;
        this.users = users;
        this.notifications = notifications;
        this.fmt = fmt;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.write = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(() -> Clock.system(BOGOTA));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    // ---------------------------------------------------------------- generation

    /**
     * Generates the next version of a report and keeps its PDF and xlsx.
     *
     * @param periodText {@code 2026-03} (monthly report) or {@code 2026-Q1} (quarterly report)
     * @param planId the plan to report on; null: the organization's plan that covers the period's year
     * @throws IllegalArgumentException the period is not written as a period
     * @throws BusinessRuleException the period is open, was never opened, or no plan covers it
     */
    public Report generate(CurrentUser user, ReportKind kind, String periodText, UUID planId) {
        UUID org = user.requireOrganization();
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación genera los informes");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Falta el tipo de informe (kind): MENSUAL o TRIMESTRAL.");
        }
        if (periodText == null || periodText.isBlank()) {
            throw new IllegalArgumentException("Falta el periodo del informe (period), por ejemplo 2026-03 o 2026-Q1.");
        }
        Period period = Period.parse(periodText);
        // Read everything in one snapshot, without holding a write transaction while the tablero is computed.
        ReportContent content = snapshot.execute(status -> {
            List<Period> covered = assembler.coverage(org, kind, period);
            PlanInfo plan = plan(org, period, planId);
            return assembler.assemble(org, kind, period, covered, plan);
        });
        return write.execute(status -> {
            records.lock(org, kind, period.toString());
            assembler.coverage(org, kind, period); // reopened meanwhile: refused
            int number = records.lastNumber(org, kind, period) + 1;
            Instant now = clock.instant();
            ReportContent numbered = content.numbered(number, now, user.fullName() + " (" + user.username() + ")");
            byte[] pdfBytes = pdf.write(numbered);
            byte[] xlsxBytes = workbook.write(numbered);
            PlanInfo plan = content.dashboard().plan();
            UUID id = records.insert(
                    org,
                    new ReportRecords.NewReport(
                            kind,
                            period,
                            number,
                            plan.id(),
                            plan.name(),
                            content.cut().toString(),
                            summary(content),
                            OfficeDigest.of(numbered, text),
                            files.store(pdfBytes, "application/pdf"),
                            pdfBytes.length,
                            files.store(xlsxBytes, ReportFormat.XLSX.contentType()),
                            xlsxBytes.length,
                            user.username(),
                            now));
            return records.find(org, id).orElseThrow();
        });
    }

    private PlanInfo plan(UUID org, Period period, UUID planId) {
        if (planId != null) {
            PlanInfo plan = dashboards.plan(org, planId);
            if (period.year() < plan.firstYear() || period.year() > plan.lastYear()) {
                throw new BusinessRuleException("El plan «" + plan.name() + "» (" + plan.firstYear() + "–"
                        + plan.lastYear() + ") no cubre el periodo " + period + ".");
            }
            return plan;
        }
        return dashboards.plans(org).stream()
                .filter(p -> p.firstYear() <= period.year() && period.year() <= p.lastYear())
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException(
                        "Ningún plan de desarrollo de la entidad cubre el año " + period.year() + "."));
    }

    private static Report.Summary summary(ReportContent c) {
        PlanFigures f = c.dashboard().figures();
        Financial m = f.financial();
        return new Report.Summary(
                f.progressToCut(),
                f.progressTotal(),
                f.trafficLight().name(),
                f.goals(),
                f.lagging(),
                c.reportingOffices().size(),
                (int) c.notReported(),
                c.inconsistencies().size(),
                m.appropriation(),
                m.commitments(),
                m.obligations(),
                m.payments());
    }

    // ---------------------------------------------------------------- reading

    /** The reports the person may read, the latest generated first; kind and period optional. */
    public List<Report> list(CurrentUser user, ReportKind kind, String period) {
        UUID org = user.requireOrganization();
        return snapshot.execute(status -> records.list(org, kind, period).stream()
                .filter(r -> readable(user, r))
                .toList());
    }

    public Report get(CurrentUser user, UUID id) {
        UUID org = user.requireOrganization();
        Report report = snapshot.execute(status -> records.find(org, id)).orElseThrow(ReportRecords::notFound);
        if (!readable(user, report)) {
            throw ReportRecords.notFound();
        }
        return report;
    }

    /** The stored file of a version, byte for byte as generated. */
    public ReportFile file(CurrentUser user, UUID id, ReportFormat format) {
        Report report = get(user, id);
        String sha = format == ReportFormat.PDF ? report.pdfSha256() : report.xlsxSha256();
        byte[] content =
                files.content(sha).orElseThrow(() -> new NotFoundException("El archivo del informe no existe"));
        String dane = organizations.get(user.requireOrganization()).daneCode();
        return new ReportFile(report.fileName(dane, format.extension()), format.contentType(), content);
    }

    /** To whom a sent report went, by office. */
    public List<ReportDelivery> deliveries(CurrentUser user, UUID id) {
        Report report = get(user, id);
        return snapshot.execute(status -> records.deliveries(user.requireOrganization(), report.id()));
    }

    /** Office people read the monthly reports and the validated quarterly ones; the rest read all. */
    static boolean readable(CurrentUser user, Report report) {
        return user.seesAllOffices() || report.kind() == ReportKind.MENSUAL || report.validated();
    }

    // ---------------------------------------------------------------- validation and sending

    /**
     * The mayor's office validates the latest version of a quarterly report (once).
     *
     * @param expectedVersion the row version the person saw; null skips the check
     */
    public Report validate(CurrentUser user, UUID id, Integer expectedVersion) {
        UUID org = user.requireOrganization();
        return write.execute(status -> {
            Report report = readableForUpdate(user, org, id);
            if (!user.has(Role.DESPACHO)) {
                throw new ForbiddenException("Solo el despacho valida el informe trimestral");
            }
            requireQuarterly(report, "se valida");
            records.lock(org, report.kind(), report.period());
            report = records.getForUpdate(org, id);
            if (report.validated()) {
                throw new BusinessRuleException("La versión " + report.number() + " del informe " + report.period()
                        + " ya fue validada el " + fmt.dateTime(report.validatedAt()) + " por " + report.validatedBy()
                        + ".");
            }
            requireLatest(report);
            requireVersion(report, expectedVersion);
            records.validate(org, id, user.username());
            return records.find(org, id).orElseThrow();
        });
    }

    /**
     * Sends a validated quarterly report to every office, once: each office's leaders and liaisons get
     * an e-mail with the office's figures, its lagging goals and a link to the report. Who got it is
     * recorded per office.
     */
    public Report send(CurrentUser user, UUID id, Integer expectedVersion) {
        UUID org = user.requireOrganization();
        return write.execute(status -> {
            Report report = readableForUpdate(user, org, id);
            if (!user.hasAny(Role.PLANEACION, Role.DESPACHO)) {
                throw new ForbiddenException("Solo planeación o el despacho envían el informe a las dependencias");
            }
            requireQuarterly(report, "se envía");
            records.lock(org, report.kind(), report.period());
            report = records.getForUpdate(org, id);
            if (report.sent()) {
                throw new BusinessRuleException("La versión " + report.number() + " del informe " + report.period()
                        + " ya se envió a las dependencias el " + fmt.dateTime(report.sentAt()) + " (" + report.sentBy()
                        + "): cada versión se envía una vez.");
            }
            if (!report.validated()) {
                throw new BusinessRuleException(
                        "El despacho debe validar el informe antes de enviarlo a las dependencias.");
            }
            requireLatest(report);
            requireVersion(report, expectedVersion);
            for (OfficeDigest office : records.digest(org, id)) {
                Set<String> recipients = new LinkedHashSet<>();
                for (Role role : List.of(Role.LIDER, Role.ENLACE)) {
                    users.emailsOf(org, office.officeId(), role)
                            .forEach(e -> recipients.add(e.strip().toLowerCase()));
                }
                String subject =
                        "Informe trimestral de seguimiento " + report.period() + " validado · " + office.officeName();
                String body = mail(report, office);
                for (String email : recipients) {
                    notifications.enqueueOnce(
                            org,
                            "dashboard:report:" + report.id() + ":office:" + office.officeId() + ":" + email,
                            email,
                            subject,
                            body);
                }
                records.delivered(org, report.id(), office, new ArrayList<>(recipients));
            }
            records.markSent(org, id, user.username());
            return records.find(org, id).orElseThrow();
        });
    }

    private String mail(Report report, OfficeDigest office) {
        StringBuilder b = new StringBuilder();
        b.append(office.officeName()).append(":\n\n");
        b.append("El despacho validó el informe trimestral de seguimiento del plan «")
                .append(report.planName())
                .append("» del periodo ")
                .append(report.period())
                .append(" (corte ")
                .append(report.cut())
                .append(", versión ")
                .append(report.number())
                .append("). Estas son las cifras de su dependencia:\n\n");
        if (office.goals() > 0) {
            b.append("- Metas: ").append(office.goals()).append("; avance a la fecha: ");
            b.append(fmt.percent(office.score())).append(" (esperado ").append(fmt.percent(office.expected()));
            b.append("); semáforo: ").append(office.trafficLight()).append(".\n");
        }
        b.append("- Metas rezagadas (no iniciadas o atrasadas): ")
                .append(office.laggingGoals().size())
                .append(office.laggingGoals().isEmpty() ? ".\n" : ":\n");
        for (OfficeDigest.Goal g : office.laggingGoals()) {
            b.append("    · ")
                    .append(g.code())
                    .append(" ")
                    .append(g.name())
                    .append(" — ")
                    .append(g.state())
                    .append(", avance a la fecha ")
                    .append(fmt.percent(g.progressToCut()))
                    .append(" (esperado ")
                    .append(fmt.percent(g.expectedToCut()))
                    .append(")\n");
        }
        if (!office.notReported().isEmpty()) {
            b.append("- Hojas de captura no reportadas: ")
                    .append(String.join(", ", office.notReported()))
                    .append(".\n");
        }
        if (!office.late().isEmpty()) {
            b.append("- Hojas enviadas después de la fecha límite: ")
                    .append(String.join(", ", office.late()))
                    .append(".\n");
        }
        if (office.inconsistencies() > 0) {
            b.append("- Inconsistencias señaladas en el informe: ")
                    .append(office.inconsistencies())
                    .append(".\n");
        }
        b.append("\nPor favor revise las metas rezagadas con el líder de cada proyecto y defina las acciones de mejora"
                + " (PE-P-008); la oficina de planeación podrá convocar una reunión bilateral.\n\n");
        b.append("El informe completo (PDF y Excel) está en Rumbo: ")
                .append(baseUrl)
                .append("/informes/")
                .append(report.id())
                .append("\n");
        return b.toString();
    }

    private Report readableForUpdate(CurrentUser user, UUID org, UUID id) {
        Report report = records.getForUpdate(org, id);
        if (!readable(user, report)) {
            throw ReportRecords.notFound();
        }
        return report;
    }

    private static void requireQuarterly(Report report, String what) {
        if (report.kind() != ReportKind.TRIMESTRAL) {
            throw new BusinessRuleException("Solo el informe trimestral " + what + " (PE-P-004, tarea 6); el informe"
                    + " mensual queda en Rumbo para consulta.");
        }
    }

    private static void requireLatest(Report report) {
        if (!report.latest()) {
            throw new BusinessRuleException("Hay una versión más reciente del informe " + report.period()
                    + " que la versión " + report.number() + ": use la última.");
        }
    }

    private static void requireVersion(Report report, Integer expected) {
        if (expected != null && expected != report.version()) {
            throw new StaleVersionException(
                    "Otra persona cambió este informe mientras usted lo veía; vuelva a cargarlo.");
        }
    }

    /** The report's files. */
    public enum ReportFormat {
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        ReportFormat(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** The periods a report of {@code kind} can be generated for now (closed), the latest first. */
    public List<String> reportablePeriods(CurrentUser user, ReportKind kind) {
        UUID org = user.requireOrganization();
        return snapshot.execute(status -> assembler.reportable(org, kind));
    }
}
