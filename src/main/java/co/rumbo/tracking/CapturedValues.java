package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes what the capture establishes into {@code goal_value} (source CAPTURA), which the dashboard and
 * every report read.
 *
 * <p>Why the other periods of the year get their programming too: the dashboard follows a year by the
 * finest periods recorded for it, so once a month is recorded the year is read month by month; without
 * the programming of the months not yet captured, the year's target would shrink to what has been
 * captured and a goal on schedule would show as fulfilled. Those rows carry the programmed value and
 * no executed value ("not reported"); they are refreshed from the plan at each acceptance, and never
 * touch a value of another source or of a closed period.
 */
@Component
class CapturedValues {

    private final JdbcClient jdbc;
    private final PeriodLocks locks;

    CapturedValues(JdbcClient jdbc, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /**
     * An accepted row: the period's programmed and executed values replace whatever was recorded. Call
     * {@link #programOtherPeriods} once for the sheet's goals afterwards.
     */
    void accept(UUID org, Period period, ProgrammedGoal goal, BigDecimal executed) {
        BigDecimal programmed = goal.programmed(period);
        if (programmed == null && executed == null) {
            jdbc.sql("delete from goal_value where goal_id = ? and period = ? and source = 'CAPTURA'")
                    .params(goal.goalId(), period.toString())
                    .update();
        } else {
            jdbc.sql("""
                            insert into goal_value (goal_id, organization_id, period, programmed, executed, source)
                            values (:goal, :org, :period, :programmed, :executed, 'CAPTURA')
                            on conflict (goal_id, period) do update set programmed = excluded.programmed,
                                executed = excluded.executed, source = 'CAPTURA', updated_at = now(),
                                version = goal_value.version + 1
                            where goal_value.source <> 'CAPTURA'
                               or goal_value.programmed is distinct from excluded.programmed
                               or goal_value.executed is distinct from excluded.executed""")
                    .param("goal", goal.goalId())
                    .param("org", org)
                    .param("period", period.toString())
                    .param("programmed", programmed)
                    .param("executed", executed)
                    .update();
        }
    }

    /** The programming of the year's other periods of the same kind, as explained above. */
    void programOtherPeriods(UUID org, Period period, List<ProgrammedGoal> goals) {
        Set<Period> locked = new HashSet<>();
        for (String p : locks.closedOverlapping(org, Period.ofYear(period.year()))) {
            locked.add(Period.parse(p));
        }
        for (Period other : Period.ofYear(period.year()).subPeriods(period.kind())) {
            if (other.equals(period) || locked.contains(other)) {
                continue;
            }
            for (ProgrammedGoal goal : goals) {
                BigDecimal programmed = goal.programmed(other);
                if (programmed == null) {
                    continue;
                }
                jdbc.sql("""
                                insert into goal_value (goal_id, organization_id, period, programmed, executed, source)
                                values (?, ?, ?, ?, null, 'CAPTURA')
                                on conflict (goal_id, period) do update set programmed = excluded.programmed,
                                    updated_at = now(), version = goal_value.version + 1
                                where goal_value.source = 'CAPTURA' and goal_value.executed is null
                                  and goal_value.programmed is distinct from excluded.programmed""")
                        .params(goal.goalId(), org, other.toString(), programmed)
                        .update();
            }
        }
    }

    /**
     * On closing: the goals of a sheet that was not reported keep their programming for the period
     * with no executed value, so that every report counts what was owed. A value already recorded (of
     * any source) is kept. The year's other periods get their programming too, for the reason in the
     * class comment: an office that never reported must not see its year's target shrink to the
     * closed months.
     */
    void notReported(UUID org, Period period, List<ProgrammedGoal> goals) {
        for (ProgrammedGoal goal : goals) {
            BigDecimal programmed = goal.programmed(period);
            if (programmed == null) {
                continue;
            }
            jdbc.sql("""
                            insert into goal_value (goal_id, organization_id, period, programmed, executed, source)
                            values (?, ?, ?, ?, null, 'CAPTURA') on conflict (goal_id, period) do nothing""")
                    .params(goal.goalId(), org, period.toString(), programmed)
                    .update();
        }
        programOtherPeriods(org, period, goals);
    }
}
