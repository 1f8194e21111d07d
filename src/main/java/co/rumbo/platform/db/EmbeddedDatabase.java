package co.rumbo.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL server per data directory and JVM. Tests start several Spring contexts in
 * one JVM; they all share the server instead of paying the start-up each time.
 */
final class EmbeddedDatabase {

    static final String DATABASE = "rumbo";
    static final String OWNER = "postgres";
    static final String APP_ROLE = "rumbo_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres server;
    private final String appPassword;

    private EmbeddedDatabase(EmbeddedPostgres server, String appPassword) {
        this.server = server;
        this.appPassword = appPassword;
    }

    static EmbeddedDatabase start(Path dataDirectory, boolean clean, String appPassword) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, dir -> boot(dir, clean, appPassword));
    }

    private static EmbeddedDatabase boot(Path dir, boolean clean, String appPassword) {
        try {
            long started = System.nanoTime();
            if (clean) {
                // Only a normal close deletes the folder; after a killed run initdb would refuse it.
                FileSystemUtils.deleteRecursively(dir);
            }
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(server, appPassword);
            db.prepare();
            log.info(
                    "PostgreSQL embebido listo en el puerto {} con datos en {} ({} ms)",
                    server.getPort(),
                    dir,
                    (System.nanoTime() - started) / 1_000_000);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo iniciar PostgreSQL embebido en " + dir, e);
        }
    }

    /** Creates the database and the application's role (not the owner: it cannot alter the audit). */
    private void prepare() {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
            }
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE
                    + "') then create role " + APP_ROLE + " login; end if; end $$");
            // The password is set on every start so that a changed property takes effect.
            s.execute("alter role " + APP_ROLE + " password '" + appPassword.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo preparar la base de datos embebida", e);
        }
    }

    String jdbcUrl() {
        return server.getJdbcUrl(OWNER, DATABASE).replaceAll("\\?.*$", "");
    }

    String appPassword() {
        return appPassword;
    }
}
