package co.rumbo.progress;

import static co.rumbo.progress.Decimals.dec;
import static co.rumbo.progress.Decimals.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RollUpTreeTest {

    @Test
    void countsTheStatesOfEveryGoalBelowAGroup() {
        Map<String, GroupSummary<String>> summaries = RollUpTree.<String>builder()
                .group("plan", null, null)
                .group("line", "plan", null)
                .goal("late", "line", null, dec("0.3"), GoalState.ATRASADA)
                .goal("idle", "line", null, dec("0"), GoalState.NO_INICIADA)
                .goal("gone", "plan", null, null, GoalState.ELIMINADA)
                .build()
                .rollUp(Thresholds.DEFAULT);

        GroupSummary<String> plan = summaries.get("plan");
        assertThat(plan.count(GoalState.ATRASADA)).isEqualTo(1);
        assertThat(plan.count(GoalState.NO_INICIADA)).isEqualTo(1);
        assertThat(plan.count(GoalState.ELIMINADA)).isEqualTo(1);
        assertThat(plan.count(GoalState.CUMPLIDA)).isZero();
        assertThat(plan.goals()).isEqualTo(3);
        assertThat(plan.lagging()).isEqualTo(2);
        assertThat(summaries.get("line").goals()).isEqualTo(2);
    }

    @Test
    void groupWithoutScoreIsGrayAndLeftOutOfItsParent() {
        Map<String, GroupSummary<String>> summaries = RollUpTree.<String>builder()
                .group("plan", null, null)
                .group("empty", "plan", dec("100"))
                .group("full", "plan", dec("1"))
                .goal("unprogrammed", "empty", null, null, GoalState.SIN_PROGRAMACION)
                .goal("done", "full", null, dec("1.3"), GoalState.SOBREEJECUTADA)
                .build()
                .rollUp(Thresholds.DEFAULT);

        assertThat(summaries.get("empty").hasScore()).isFalse();
        assertThat(summaries.get("empty").trafficLight()).isEqualTo(TrafficLight.GRIS);
        assertThat(summaries.get("plan").score()).isEqualByComparingTo("1");
        assertThat(summaries.get("plan").trafficLight()).isEqualTo(TrafficLight.VERDE);
    }

    @Test
    void totalViewScoresGoalsByProgressOnTheTotal() {
        Evaluation halfway = series(ProgrammingType.SUMA, null, "10|10", "10|").evaluateAt(1);

        Map<String, GroupSummary<String>> toCut = RollUpTree.<String>builder()
                .group("plan", null, null)
                .goal("goal", "plan", null, halfway, ProgressView.TO_CUT)
                .build()
                .rollUp(Thresholds.DEFAULT);
        Map<String, GroupSummary<String>> total = RollUpTree.<String>builder()
                .group("plan", null, null)
                .goal("goal", "plan", null, halfway, ProgressView.TOTAL)
                .build()
                .rollUp(Thresholds.DEFAULT);

        assertThat(toCut.get("plan").score()).isEqualByComparingTo("1");
        assertThat(total.get("plan").score()).isEqualByComparingTo("0.5");
        assertThat(total.get("plan").trafficLight()).isEqualTo(TrafficLight.AMARILLO);
    }

    @Test
    void listsGroupsInTheOrderTheyWereAdded() {
        Map<String, GroupSummary<String>> summaries = RollUpTree.<String>builder()
                .group("b", "a", null)
                .group("a", null, null)
                .group("c", "a", null)
                .build()
                .rollUp(Thresholds.DEFAULT);

        assertThat(summaries.keySet()).containsExactly("b", "a", "c");
    }

    @Test
    void rejectsUnknownParent() {
        RollUpTree.Builder<String> builder = RollUpTree.<String>builder().group("line", "plan", null);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsGoalAsParent() {
        RollUpTree.Builder<String> builder = RollUpTree.<String>builder()
                .goal("goal", null, null, dec("0.5"), null)
                .group("group", "goal", null);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsCycle() {
        RollUpTree.Builder<String> builder =
                RollUpTree.<String>builder().group("a", "b", null).group("b", "a", null);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ciclo");
    }

    @Test
    void rejectsRepeatedNode() {
        RollUpTree.Builder<String> builder = RollUpTree.<String>builder().group("a", null, null);

        assertThatThrownBy(() -> builder.group("a", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsProgressForAGoalInAStateWithoutFigures() {
        assertThatThrownBy(() -> RollUpTree.<String>builder().goal("g", null, null, dec("0.5"), GoalState.ELIMINADA))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
