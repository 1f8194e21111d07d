package co.rumbo.dashboard.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code dashboard_change} small: every night the rows older than a day go, and each
 * organization that lost rows gets one new row in the same statement. The new row's larger id
 * changes the organization's {@link DataVersion} for certain, so no cached tablero can outlive the
 * compaction by a coincidence of counts (a late commit and a deletion cancelling out). Several
 * instances may run it at once: the deletes wait on each other and the extra rows are harmless.
 */
@Component
public class ChangeLogCompaction {

    private final JdbcClient jdbc;

    ChangeLogCompaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many rows were removed */
    @Scheduled(cron = "${rumbo.dashboard.compaction-cron:0 40 3 * * *}", zone = "America/Bogota")
    @Transactional
    public int compact() {
        return jdbc.sql("""
                        with removed as (
                            delete from dashboard_change where at < now() - interval '1 day' returning org_id),
                        marked as (
                            insert into dashboard_change (org_id) select distinct org_id from removed returning 1)
                        select count(*) from removed""").query(Integer.class).single();
    }
}
