package co.rumbo.platform.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across instances: a method annotated with {@code @SchedulerLock(name = …)}
 * first takes the row of that name in the {@code shedlock} table (migration V1); an instance that cannot
 * take it skips the run. Every module's jobs share this one lock provider.
 *
 * <p>The lock is held at most 10 minutes by default (a crashed instance does not block a job for
 * longer); jobs that may run longer say so in their annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .build());
    }
}
