package co.rumbo.dashboard;

import co.rumbo.progress.GoalState;
import co.rumbo.progress.TrafficLight;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * Filters of the tablero's goal list; every field is optional. {@code lineId} and {@code officeId}
 * accept {@link GroupFigures#NONE} ("none") for the goals without one, as the drill-down links do.
 *
 * @param text matched, ignoring case and accents, against the SisPT code, the name, the program and
 *     the office
 */
public record DashboardFilter(
        GoalState state,
        TrafficLight trafficLight,
        String officeId,
        String lineId,
        String sectorCode,
        String programCode,
        Boolean lagging,
        String text) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null, null, null, null);

    public DashboardFilter {
        officeId = blankToNull(officeId);
        lineId = blankToNull(lineId);
        sectorCode = blankToNull(sectorCode);
        programCode = blankToNull(programCode);
        text = blankToNull(text);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean matches(GoalFigures goal) {
        if (state != null && goal.state() != state) return false;
        if (trafficLight != null && goal.trafficLight() != trafficLight) return false;
        if (lagging != null && goal.isLagging() != lagging) return false;
        if (officeId != null && !officeId.equals(idOrNone(goal.officeId()))) return false;
        if (lineId != null && !matchesLine(goal)) return false;
        if (sectorCode != null && !sectorCode.equals(codeOrNone(goal.sectorCode()))) return false;
        if (programCode != null && !programCode.equals(codeOrNone(goal.programCode()))) return false;
        return text == null || matchesText(goal);
    }

    private boolean matchesLine(GoalFigures goal) {
        if (GroupFigures.NONE.equals(lineId)) {
            return goal.lineIds().isEmpty();
        }
        return goal.lineIds().stream().anyMatch(id -> id.toString().equals(lineId));
    }

    private boolean matchesText(GoalFigures goal) {
        String wanted = fold(text);
        for (String field :
                new String[] {goal.sisptCode(), goal.name(), goal.programName(), goal.sectorName(), goal.officeName()
                }) {
            if (field != null && fold(field).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    static String idOrNone(UUID id) {
        return id == null ? GroupFigures.NONE : id.toString();
    }

    static String codeOrNone(String code) {
        return code == null || code.isBlank() ? GroupFigures.NONE : code;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
