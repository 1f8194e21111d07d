package co.rumbo.progress;

import static co.rumbo.progress.Decimals.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void defaultsAreRedBelowHalfGreenFromEightyOverExecutionAboveOneTwentyFive() {
        assertThat(Thresholds.DEFAULT.redBelow()).isEqualByComparingTo("0.5");
        assertThat(Thresholds.DEFAULT.greenFrom()).isEqualByComparingTo("0.8");
        assertThat(Thresholds.DEFAULT.overExecutionAbove()).isEqualByComparingTo("1.25");
    }

    @Test
    void rejectsRedThatIsNotBelowGreen() {
        assertThatThrownBy(() -> new Thresholds(dec("0.8"), dec("0.8"), dec("1.25")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("umbral rojo");
    }

    @Test
    void rejectsGreenAboveOverExecution() {
        assertThatThrownBy(() -> new Thresholds(dec("0.5"), dec("1.3"), dec("1.25")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsGreenEqualToOverExecution() {
        assertThat(new Thresholds(dec("0.5"), dec("1"), dec("1")).greenFrom()).isEqualByComparingTo("1");
    }

    @Test
    void groupLightIsNeverBlueAndGrayWithoutScore() {
        assertThat(Thresholds.DEFAULT.lightForScore(dec("1"))).isEqualTo(TrafficLight.VERDE);
        assertThat(Thresholds.DEFAULT.lightForScore(dec("0.8"))).isEqualTo(TrafficLight.VERDE);
        assertThat(Thresholds.DEFAULT.lightForScore(dec("0.5"))).isEqualTo(TrafficLight.AMARILLO);
        assertThat(Thresholds.DEFAULT.lightForScore(dec("0.4999"))).isEqualTo(TrafficLight.ROJO);
        assertThat(Thresholds.DEFAULT.lightForScore(null)).isEqualTo(TrafficLight.GRIS);
    }
}
