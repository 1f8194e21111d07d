package co.rumbo.platform.db;

import co.rumbo.platform.ActorProvider;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** Data sources and the transaction manager. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource, ActorProvider actors) {
        return new ActorAwareTransactionManager(dataSource, actors);
    }

    /**
     * Sessions are read while Spring Security is still loading the security context from the session:
     * asking "who acts" there would load the session again, in a new transaction, and so on until the
     * pool is empty. Session tables are not audited, so their transactions need no actor.
     */
    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    /**
     * With no {@code spring.datasource.url}, Rumbo starts its own PostgreSQL, keeping its data in
     * {@code rumbo.embedded-db.data-dir}. Flyway migrates as the owner; the application connects as
     * a role that owns nothing, so it cannot change the audit trail.
     */
    @Configuration(proxyBeanMethods = false)
    @Conditional(NoExternalDatabaseCondition.class)
    static class Embedded {

        @Bean
        EmbeddedDatabase embeddedDatabase(
                @Value("${rumbo.embedded-db.data-dir:./data/postgres}") String dataDir,
                @Value("${rumbo.embedded-db.clean:false}") boolean clean,
                @Value("${rumbo.embedded-db.app-password:rumbo-local}") String appPassword) {
            return EmbeddedDatabase.start(Path.of(dataDir), clean, appPassword);
        }

        @Bean
        @Primary
        DataSource dataSource(
                EmbeddedDatabase db,
                @Value("${rumbo.embedded-db.pool-size:20}") int poolSize,
                @Value("${rumbo.embedded-db.leak-detection-ms:60000}") long leakMillis) {
            HikariDataSource ds = new HikariDataSource();
            ds.setPoolName("rumbo");
            ds.setJdbcUrl(db.jdbcUrl());
            ds.setUsername(EmbeddedDatabase.APP_ROLE);
            ds.setPassword(db.appPassword());
            ds.setMaximumPoolSize(poolSize);
            ds.setLeakDetectionThreshold(leakMillis);
            return ds;
        }

        /** Unpooled: migrations run once at start-up and should leave no idle connection behind. */
        @Bean(defaultCandidate = false)
        @FlywayDataSource
        DataSource migrationDataSource(EmbeddedDatabase db) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(db.jdbcUrl());
            ds.setUser(EmbeddedDatabase.OWNER);
            return ds;
        }
    }
}
