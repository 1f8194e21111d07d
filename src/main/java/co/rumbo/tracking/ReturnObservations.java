package co.rumbo.tracking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Why the planning office returns a sheet: an observation per goal to correct (at least one, checked
 * by {@link ProgressReports#returnToOffice}) and an optional general comment.
 */
public record ReturnObservations(Map<UUID, String> perGoal, String comment) {

    public ReturnObservations {
        Map<UUID, String> clean = new LinkedHashMap<>();
        if (perGoal != null) {
            perGoal.forEach((goal, text) -> {
                Objects.requireNonNull(goal, "goalId");
                if (text != null && !text.isBlank()) {
                    if (text.strip().length() > CaptureRules.MAX_DESCRIPTION) {
                        throw new CaptureValidationException("observations", "Una observación es muy larga.");
                    }
                    clean.put(goal, text.strip());
                }
            });
        }
        perGoal = Collections.unmodifiableMap(clean);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** An observation of one goal, as the API receives them. */
    public record Observation(UUID goalId, String text) {}

    public static ReturnObservations of(List<Observation> observations, String comment) {
        Map<UUID, String> map = new LinkedHashMap<>();
        if (observations != null) {
            for (Observation o : observations) {
                if (o == null || o.goalId() == null) {
                    throw new CaptureValidationException(
                            "observations", "Cada observación debe indicar su meta (goalId).");
                }
                if (o.text() != null && !o.text().isBlank()) {
                    map.merge(o.goalId(), o.text().strip(), (a, b) -> a + "\n" + b);
                }
            }
        }
        return new ReturnObservations(map, comment);
    }
}
