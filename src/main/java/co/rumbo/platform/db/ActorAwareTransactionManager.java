package co.rumbo.platform.db;

import co.rumbo.platform.Actor;
import co.rumbo.platform.ActorProvider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL who acts at the start of every transaction ({@code set_config(..., true)} lasts
 * until the transaction ends), so the audit triggers record the actor of every write whatever code
 * made it. A read-only transaction skips it, one round trip less on every read: the driver opens it
 * with {@code BEGIN READ ONLY} (pgjdbc's default {@code readOnlyMode=transaction}), so PostgreSQL
 * refuses its writes and no audit trigger can fire in it ({@code ReadOnlyTransactionTest}).
 */
class ActorAwareTransactionManager extends DataSourceTransactionManager {

    private final transient ActorProvider actors;

    ActorAwareTransactionManager(DataSource dataSource, ActorProvider actors) {
        super(dataSource);
        this.actors = actors;
    }

    @Override
    protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(con, definition);
        if (definition.isReadOnly()) {
            return;
        }
        Actor actor = actors.currentActor();
        try (PreparedStatement ps = con.prepareStatement(
                "select set_config('rumbo.actor', ?, true), set_config('rumbo.organization', ?, true)")) {
            ps.setString(1, actor.name());
            ps.setString(
                    2,
                    actor.organizationId() == null ? "" : actor.organizationId().toString());
            ps.execute();
        }
    }
}
