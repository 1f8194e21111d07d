package co.rumbo.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** The money a plan programs in a program and source against the ceiling (0 when none was set). */
public record CeilingCheck(
        String programCode,
        String programName,
        String source,
        String sourceName,
        BigDecimal ceiling,
        BigDecimal programmed) {

    @JsonProperty
    public boolean exceeded() {
        return programmed.compareTo(ceiling) > 0;
    }

    @JsonProperty
    public BigDecimal available() {
        return ceiling.subtract(programmed);
    }
}
