package co.rumbo.dashboard.report;

import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.GroupFigures;
import co.rumbo.dashboard.OfficeLagging;
import co.rumbo.dashboard.report.ReportContent.Inconsistency;
import co.rumbo.dashboard.report.ReportContent.Reporting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One office's part of a report, kept with the version (as JSON) so that the e-mail sent to the office
 * says what the validated report says, whatever changes afterwards.
 *
 * @param score the office's progress to date (avance a la fecha), a ratio; null without scored goals
 * @param inconsistencies how many inconsistencies of the report are the office's
 */
public record OfficeDigest(
        UUID officeId,
        String officeName,
        int goals,
        BigDecimal score,
        BigDecimal expected,
        String trafficLight,
        List<Goal> laggingGoals,
        List<String> notReported,
        List<String> late,
        int inconsistencies) {

    public OfficeDigest {
        laggingGoals = List.copyOf(laggingGoals);
        notReported = List.copyOf(notReported);
        late = List.copyOf(late);
    }

    /** A lagging goal as the e-mail lists it. */
    public record Goal(String code, String name, String state, BigDecimal progressToCut, BigDecimal expectedToCut) {}

    /**
     * Every office of the report: those with goals in the plan and those with a capture sheet in the
     * report's periods, in the tablero's order of offices and then by name.
     */
    public static List<OfficeDigest> of(ReportContent c, ReportText text) {
        Map<UUID, GroupFigures> groups = new LinkedHashMap<>();
        for (GroupFigures g : c.dashboard().offices()) {
            if (!GroupFigures.NONE.equals(g.id())) {
                groups.put(UUID.fromString(g.id()), g);
            }
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        groups.forEach((id, g) -> names.put(id, g.name()));
        for (Reporting r : c.reporting()) {
            names.putIfAbsent(r.officeId(), r.officeName());
        }
        Map<UUID, List<GoalFigures>> lagging = new LinkedHashMap<>();
        for (OfficeLagging o : c.dashboard().lagging()) {
            if (o.officeId() != null) {
                lagging.put(o.officeId(), o.goals());
            }
        }
        List<OfficeDigest> digests = new ArrayList<>();
        for (Map.Entry<UUID, String> office : names.entrySet()) {
            UUID id = office.getKey();
            GroupFigures g = groups.get(id);
            List<Goal> goals = lagging.getOrDefault(id, List.of()).stream()
                    .map(f -> new Goal(
                            f.sisptCode(), f.name(), text.state(f.state()), f.progressToCut(), f.expectedToCut()))
                    .toList();
            List<Reporting> sheets =
                    c.reporting().stream().filter(r -> r.officeId().equals(id)).toList();
            digests.add(new OfficeDigest(
                    id,
                    office.getValue(),
                    g == null ? 0 : g.goals(),
                    g == null ? null : g.score(),
                    g == null ? null : g.expectedToCut(),
                    g == null ? null : text.light(g.trafficLight()),
                    goals,
                    sheets.stream()
                            .filter(Reporting::notReported)
                            .map(r -> r.period().toString())
                            .toList(),
                    sheets.stream()
                            .filter(r -> !r.notReported() && r.late())
                            .map(r -> r.period().toString())
                            .toList(),
                    (int) c.inconsistencies().stream()
                            .map(Inconsistency::officeId)
                            .filter(id::equals)
                            .count()));
        }
        return digests;
    }
}
