package coop.toitcommun.web.database;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), the application runs its own
 * PostgreSQL 17 with its data in {@code toitcommun.embedded.directory}, which must then be chosen: the README's
 * run command chooses {@code .data/postgres} through the demo profile; the packaged application refuses to start
 * without a choice. Flyway migrates as the owner role, the application connects as its own role through a pool
 * set in {@code spring.datasource.hikari.*} like any other, renewed when the watchdog restarts the server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceConfigured.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${toitcommun.embedded.directory:}") String directory,
                                      @Value("${toitcommun.embedded.port:0}") int port,
                                      @Value("${toitcommun.embedded.watch-interval:200ms}") Duration watchInterval) {
        if (directory.isBlank()) {
            throw new NoDatabaseChosenException();
        }
        return EmbeddedDatabase.start(Path.of(directory), port, watchInterval);
    }

    /**
     * The class-data sharing training run of docs/operations.md ({@code -Dspring.context.exit=onRefresh}) halts the
     * JVM as soon as every bean is ready, without closing anything: the embedded server is stopped just before, so
     * that it does not outlive the run and the real start finds its folder free.
     */
    @Bean
    SmartInitializingSingleton embeddedDatabaseStopsBeforeTrainingRunHalts(EmbeddedDatabase database) {
        return () -> {
            if ("onRefresh".equalsIgnoreCase(System.getProperty("spring.context.exit"))) {
                database.close();
            }
        };
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariConfig embeddedPoolSettings(EmbeddedDatabase database) {
        HikariConfig settings = new HikariConfig();
        settings.setJdbcUrl(database.jdbcUrl());
        settings.setUsername(database.applicationUser());
        settings.setPassword(database.applicationPassword());
        settings.setPoolName("toitcommun");
        return settings;
    }

    @Bean(destroyMethod = "close")
    @Primary
    RenewablePool dataSource(EmbeddedDatabase database, HikariConfig embeddedPoolSettings) {
        RenewablePool pool = new RenewablePool(embeddedPoolSettings);
        database.afterRestart(pool::renew);
        return pool;
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedDatabase database) {
        return DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(database.jdbcUrl())
            .username(database.ownerUser()).password(database.ownerPassword()).build();
    }

    static class NoDataSourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
