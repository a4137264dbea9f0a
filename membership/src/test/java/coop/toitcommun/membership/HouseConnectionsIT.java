package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Each connection the application takes from its pool works for the house of the thread that takes it, or for no
 * house: a connection that served one house and then another thread never carries the first house over.
 */
@SpringBootTest
@PostgresTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=1")
class HouseConnectionsIT {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void theOnlyConnectionOfThePoolWorksForEachThreadsHouseInTurn() throws Exception {
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(1);
        List<String> seen = new ArrayList<>();
        seen.add(house());
        CurrentHouse.run(2, () -> {
            seen.add(house());
            CurrentHouse.run(3, () -> seen.add(house()));
            seen.add(house());
        });
        seen.add(house());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            seen.add(other.submit(this::house).get());
            seen.add(other.submit(() -> {
                String[] inside = new String[1];
                CurrentHouse.run(4, () -> inside[0] = house());
                return inside[0];
            }).get());
            seen.add(other.submit(this::house).get());
        } finally {
            other.shutdownNow();
        }
        // the test's thread works for the first house (FirstHouse); another thread for none until it says so
        assertThat(seen).containsExactly("1", "2", "3", "2", "1", "", "4", "");
    }

    private String house() {
        return jdbc.sql("SELECT current_setting('toitcommun.house', true)").query(String.class).single();
    }
}
