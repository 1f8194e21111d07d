package co.rumbo.dashboard.internal;

import co.rumbo.dashboard.Dashboard;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last tableros computed, per (organization, plan, cut), each with the {@link DataVersion} it was
 * computed at. An entry is only returned while the organization's data is still at that version, so
 * a change anywhere (a value, a weight, a threshold…) is seen by the next request. Bounded (least
 * recently used out): a tablero of 10,000 goals weighs a few MB. Per instance: several instances
 * each compute their own, which is correct because the version lives in the database.
 */
@Component
public class DashboardCache {

    /** What the cache keys a tablero by. */
    public record Key(UUID organizationId, UUID planId, YearMonth cut) {}

    private record Entry(DataVersion version, Dashboard dashboard) {}

    private final Map<Key, Entry> entries;

    DashboardCache(@Value("${rumbo.dashboard.cache-size:16}") int size) {
        this.entries = new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > size;
            }
        };
    }

    /** The tablero computed at exactly this version, or null. */
    public synchronized Dashboard get(Key key, DataVersion version) {
        Entry entry = entries.get(key);
        return entry != null && entry.version().equals(version) ? entry.dashboard() : null;
    }

    public synchronized void put(Key key, DataVersion version, Dashboard dashboard) {
        entries.put(key, new Entry(version, dashboard));
    }

    /** Forgets everything (benchmarks measure the computation without the cache this way). */
    public synchronized void clear() {
        entries.clear();
    }
}
