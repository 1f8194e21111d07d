package co.rumbo.platform.db;

import java.math.BigDecimal;

/** Reading PostgreSQL {@code numeric} values back as the figures they were written as. */
public final class Numerics {

    private Numerics() {}

    /**
     * A fixed-scale {@code numeric(p,6)} column pads the scale: 10 comes back as 10.000000. Pages, JSON
     * and the readers of a loaded file expect 10, the figure's own scale; never a negative scale (1E+1).
     * A computed figure shown beside stored ones goes through here too. Null stays null.
     */
    public static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
