package co.rumbo.interop.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void ignoresAccentsCaseAndSpacing() {
        assertThat(HeaderText.normalize(" Ejecución  FÍSICA\n2024 (PIIP) "))
                .isEqualTo(HeaderText.normalize("ejecucion fisica 2024 (piip)"))
                .isEqualTo("ejecucion fisica 2024 (piip)");
    }

    @Test
    void treatsNonBreakingSpacesAsSpaces() {
        assertThat(HeaderText.normalize("Unidad\u00A0de Medida")).isEqualTo("unidad de medida");
    }

    @Test
    void collapsesSpacesKeepingCaseAndAccents() {
        assertThat(HeaderText.collapseSpaces("  Sec.  de   Urbanismo ")).isEqualTo("Sec. de Urbanismo");
        assertThat(HeaderText.collapseSpaces(null)).isNull();
    }

    @Test
    void givesColumnLetters() {
        assertThat(CellText.columnLetters(0)).isEqualTo("A");
        assertThat(CellText.columnLetters(25)).isEqualTo("Z");
        assertThat(CellText.columnLetters(26)).isEqualTo("AA");
        assertThat(CellText.columnLetters(74)).isEqualTo("BW");
    }
}
