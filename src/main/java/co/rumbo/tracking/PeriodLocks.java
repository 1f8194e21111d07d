package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.platform.LockedException;
import java.sql.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lock of closed capture periods: a value of any period (a month, a quarter, a year) that overlaps
 * a closed capture period may not change, whoever writes it.
 */
@Component
class PeriodLocks {

    private final JdbcClient jdbc;

    PeriodLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The closed capture periods that overlap {@code period}, in order. */
    List<String> closedOverlapping(UUID organizationId, Period period) {
        return jdbc.sql("""
                        select period from capture_period
                        where organization_id = ? and state = 'CERRADO' and starts_on <= ? and ends_on >= ?
                        order by starts_on""")
                .params(organizationId, Date.valueOf(period.end()), Date.valueOf(period.start()))
                .query(String.class)
                .list();
    }

    /** @throws LockedException when a closed capture period overlaps {@code period} */
    void requireWritable(UUID organizationId, Period period) {
        List<String> closed = closedOverlapping(organizationId, period);
        if (!closed.isEmpty()) {
            throw new LockedException(lockedMessage(period, closed));
        }
    }

    static String lockedMessage(Period period, List<String> closed) {
        String which = closed.size() == 1 && closed.get(0).equals(period.toString())
                ? "El periodo " + period + " está cerrado"
                : "El periodo " + period + " incluye "
                        + (closed.size() == 1 ? "el periodo cerrado " : "los periodos cerrados ")
                        + String.join(", ", closed);
        return which + ": sus cifras ya no se pueden cambiar. Si hace falta corregirlas, planeación puede reabrirlo"
                + " indicando el motivo.";
    }
}
