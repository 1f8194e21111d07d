package co.rumbo.interop.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExcelDecimalTest {

    @Test
    void recoversTheTypedValueFromExcelsSeventeenDigits() {
        assertThat(ExcelDecimal.parse("0.23499999999999999")).contains(new BigDecimal("0.235"));
        assertThat(ExcelDecimal.parse("1.1000000000000001")).contains(new BigDecimal("1.1"));
        assertThat(ExcelDecimal.parse("52126084569.819992")).contains(new BigDecimal("52126084569.82"));
    }

    @Test
    void keepsValuesOfFifteenDigitsOrFewerExactlyAsWritten() {
        assertThat(ExcelDecimal.parse("0.251428571428571")).contains(new BigDecimal("0.251428571428571"));
        assertThat(ExcelDecimal.parse("2087656923.64")).contains(new BigDecimal("2087656923.64"));
        assertThat(ExcelDecimal.parse("100")).contains(new BigDecimal("100"));
    }

    @Test
    void readsScientificNotationAsExcelWritesIt() {
        assertThat(ExcelDecimal.parse("7.4606027230244731E-2")).contains(new BigDecimal("0.0746060272302447"));
    }

    @Test
    void acceptsSurroundingSpaces() {
        assertThat(ExcelDecimal.parse(" 2 ")).contains(new BigDecimal("2"));
    }

    @Test
    void rejectsWhatIsNotAPlainDecimal() {
        assertThat(ExcelDecimal.parse("1,5")).isEmpty();
        assertThat(ExcelDecimal.parse("100%")).isEmpty();
        assertThat(ExcelDecimal.parse("N/A")).isEmpty();
        assertThat(ExcelDecimal.parse(" ")).isEmpty();
        assertThat(ExcelDecimal.parse(null)).isEmpty();
    }
}
