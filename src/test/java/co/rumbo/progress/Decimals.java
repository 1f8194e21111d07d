package co.rumbo.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Series written like the golden file: {@code list("10|15||")}, blanks as nulls. */
final class Decimals {

    private Decimals() {}

    static List<BigDecimal> list(String values) {
        List<BigDecimal> list = new ArrayList<>();
        for (String value : values.split("\\|", -1)) {
            list.add(value.isBlank() ? null : new BigDecimal(value));
        }
        return list;
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static Series series(ProgrammingType type, String baseline, String programmed, String executed) {
        return Series.of(type, baseline == null ? null : dec(baseline), list(programmed), list(executed));
    }
}
