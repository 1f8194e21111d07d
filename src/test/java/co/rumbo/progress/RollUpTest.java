package co.rumbo.progress;

import static co.rumbo.progress.Decimals.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpTest {

    @Test
    void weighsChildrenByTheirWeights() {
        assertThat(RollUp.score(List.of(new Weighted(dec("2"), dec("0.3")), new Weighted(dec("1"), dec("0.6")))))
                .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("0.4"));
    }

    @Test
    void blankWeightCountsAsOne() {
        assertThat(RollUp.score(List.of(Weighted.of(dec("0.2")), new Weighted(dec("1"), dec("0.6")))))
                .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("0.4"));
    }

    @Test
    void zeroWeightLeavesTheChildOut() {
        assertThat(RollUp.score(List.of(new Weighted(BigDecimal.ZERO, dec("1")), Weighted.of(dec("0.25")))))
                .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("0.25"));
    }

    @Test
    void childrenWithoutScoreAreLeftOutOfBothSums() {
        assertThat(RollUp.score(List.of(Weighted.of(null), Weighted.of(dec("0.9")))))
                .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("0.9"));
    }

    @Test
    void groupWithoutScoredChildrenHasNoScore() {
        assertThat(RollUp.score(List.of())).isEmpty();
        assertThat(RollUp.score(List.of(Weighted.of(null)))).isEmpty();
        assertThat(RollUp.score(List.of(new Weighted(BigDecimal.ZERO, dec("0.5")))))
                .isEmpty();
    }

    @Test
    void goalProgressIsCappedToZeroAndOne() {
        assertThat(RollUp.score(List.of(Weighted.of(dec("1.4")), Weighted.of(dec("-0.2")))))
                .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("0.5"));
    }

    @Test
    void rejectsNegativeWeight() {
        assertThatThrownBy(() -> new Weighted(dec("-1"), dec("0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ponderación");
    }
}
