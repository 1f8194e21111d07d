package co.rumbo.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgrammingTypeTest {

    @Test
    void readsTheSpanishNamesPlansUseIgnoringCaseAndAccents() {
        assertThat(ProgrammingType.fromSpanishName("Reducción")).contains(ProgrammingType.DECRECIENTE);
        assertThat(ProgrammingType.fromSpanishName(" No acumulativo  creciente "))
                .contains(ProgrammingType.CRECIENTE);
        assertThat(ProgrammingType.fromSpanishName("MANTENIMIENTO")).contains(ProgrammingType.CONSTANTE);
        assertThat(ProgrammingType.fromSpanishName("flujo")).contains(ProgrammingType.SUMA);
    }

    @Test
    void unknownNameIsEmpty() {
        assertThat(ProgrammingType.fromSpanishName("porcentaje")).isEmpty();
        assertThat(ProgrammingType.fromSpanishName(null)).isEmpty();
    }
}
