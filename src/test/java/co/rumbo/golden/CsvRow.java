package co.rumbo.golden;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One row of a golden CSV file; blank cells are undefined values. */
public record CsvRow(String file, int line, Map<String, String> values) {

    public String get(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException(file + " has no column " + column);
        }
        return value.strip();
    }

    public boolean isBlank(String column) {
        return get(column).isEmpty();
    }

    /** The cell as a decimal, or null when blank. */
    public BigDecimal decimal(String column) {
        return isBlank(column) ? null : new BigDecimal(get(column));
    }

    /** A {@code |}-separated list of decimals; a blank entry is a null. */
    public List<BigDecimal> decimals(String column) {
        List<BigDecimal> values = new ArrayList<>();
        for (String entry : get(column).split("\\|", -1)) {
            values.add(entry.isBlank() ? null : new BigDecimal(entry.strip()));
        }
        return values;
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
