package co.rumbo.dashboard.web;

import co.rumbo.dashboard.Dashboard;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's JSON of a whole tablero, kept next to the tablero it was written from. A tablero is
 * immutable and the facade hands out the same instance until the data changes, so the same instance
 * means the same JSON: writing 10,000 goals took longer than computing nothing at all. Filtered goal
 * lists are written per request.
 */
@Component
class DashboardJsonCache {

    private record Key(UUID organizationId, UUID planId, YearMonth cut) {}

    private record Entry(Dashboard dashboard, byte[] json) {}

    private final JsonMapper json;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > 16;
        }
    };

    DashboardJsonCache(JsonMapper json) {
        this.json = json;
    }

    byte[] of(Dashboard dashboard) {
        Key key = new Key(dashboard.plan().organizationId(), dashboard.plan().id(), dashboard.cut());
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && entry.dashboard() == dashboard) {
                return entry.json();
            }
        }
        byte[] bytes = json.writeValueAsBytes(DashboardJson.of(dashboard, dashboard.goals()));
        synchronized (this) {
            entries.put(key, new Entry(dashboard, bytes));
        }
        return bytes;
    }
}
