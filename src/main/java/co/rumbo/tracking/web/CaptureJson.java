package co.rumbo.tracking.web;

import co.rumbo.tracking.BudgetLine;
import co.rumbo.tracking.CapturePeriod;
import co.rumbo.tracking.CapturePeriodEvent;
import co.rumbo.tracking.CaptureSettings;
import co.rumbo.tracking.ProgressReport;
import co.rumbo.tracking.SheetSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the capture API: periods are written as text ("2026-10", "2026-Q3"). */
final class CaptureJson {

    private CaptureJson() {}

    record PeriodJson(
            String period,
            String kind,
            String state,
            LocalDate deadline,
            String openedBy,
            Instant openedAt,
            String closedBy,
            Instant closedAt,
            int version) {
        static PeriodJson of(CapturePeriod p) {
            return new PeriodJson(
                    p.period().toString(),
                    p.period().kind().name(),
                    p.state().name(),
                    p.deadline(),
                    p.openedBy(),
                    p.openedAt(),
                    p.closedBy(),
                    p.closedAt(),
                    p.version());
        }
    }

    record PeriodDetailJson(PeriodJson period, List<CapturePeriodEvent> history, List<SheetJson> reports) {}

    record SheetJson(
            UUID id,
            UUID officeId,
            String officeName,
            String period,
            String state,
            int round,
            boolean notReported,
            LocalDate deadline,
            Instant submittedAt,
            String submittedBy,
            Instant reviewedAt,
            String reviewedBy,
            int rows,
            int filled,
            boolean overdue,
            boolean late,
            int version) {
        static SheetJson of(SheetSummary s) {
            return new SheetJson(
                    s.id(),
                    s.officeId(),
                    s.officeName(),
                    s.period().toString(),
                    s.state().name(),
                    s.round(),
                    s.notReported(),
                    s.deadline(),
                    s.submittedAt(),
                    s.submittedBy(),
                    s.reviewedAt(),
                    s.reviewedBy(),
                    s.rows(),
                    s.filled(),
                    s.overdue(),
                    s.late(),
                    s.version());
        }
    }

    record ClosePreviewJson(String period, List<SheetJson> notSubmitted, List<SheetJson> awaitingReview) {}

    record ReportJson(
            UUID id,
            UUID officeId,
            String officeName,
            String period,
            String state,
            int round,
            boolean notReported,
            String periodState,
            LocalDate deadline,
            Instant submittedAt,
            String submittedBy,
            Instant reviewedAt,
            String reviewedBy,
            int version,
            String comment,
            ProgressReport.Actions actions,
            List<ProgressReport.Row> rows,
            List<BudgetLine> budget,
            List<ProgressReport.Event> history) {
        static ReportJson of(ProgressReport r) {
            return new ReportJson(
                    r.id(),
                    r.officeId(),
                    r.officeName(),
                    r.period().toString(),
                    r.state().name(),
                    r.round(),
                    r.notReported(),
                    r.periodState().name(),
                    r.deadline(),
                    r.submittedAt(),
                    r.submittedBy(),
                    r.reviewedAt(),
                    r.reviewedBy(),
                    r.version(),
                    r.comment(),
                    r.actions(),
                    r.rows(),
                    r.budget(),
                    r.history());
        }
    }

    record SettingsJson(
            String periodKind,
            int deadlineDays,
            BigDecimal tolerancePercent,
            int maxEvidenceMb,
            int reminderDays,
            int version) {
        static SettingsJson of(CaptureSettings s) {
            return new SettingsJson(
                    s.periodKind().name(),
                    s.deadlineDays(),
                    s.tolerancePercent(),
                    s.maxEvidenceMb(),
                    s.reminderDays(),
                    s.version());
        }
    }
}
