package coop.toitcommun.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The houses of this deployment, read from {@code membership.house} (which belongs to no house) at most once a
 * minute: a request's house is chosen by its host name without a statement of its own.
 */
@Service
public class Houses {

    /** The house that the data of a single-house installation, and of the demo, belongs to. */
    public static final long FIRST = 1;

    private static final Duration KEPT = Duration.ofMinutes(1);

    private record Known(List<House> houses, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private volatile Known known;

    Houses(JdbcClient jdbc, Clock clock, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * Adds a house, answering at {@code host}, and gives it what each module needs before anyone uses it (its
     * settings, in a transaction of the new house: {@link HouseOpened}). Called outside any transaction, since a
     * transaction's connection keeps the house it was taken for.
     */
    public House open(String name, String host) {
        House house = jdbc.sql("INSERT INTO membership.house (name, host) VALUES (:name, :host) RETURNING id, name, host")
            .param("name", name).param("host", host == null ? null : host.toLowerCase(Locale.ROOT)).query(House.class).single();
        known = null;
        CurrentHouse.run(house.id(), () -> transactions.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO membership.sign_in_policy (id, two_step_required) VALUES (true, false)").update();
            events.publishEvent(new HouseOpened(house.id()));
        }));
        return house;
    }

    public List<House> all() {
        Known current = known;
        Instant now = clock.instant();
        if (current == null || current.readAt().plus(KEPT).isBefore(now)) {
            current = new Known(jdbc.sql("SELECT id, name, host FROM membership.house ORDER BY id")
                .query(House.class).list(), now);
            known = current;
        }
        return current.houses();
    }

    /**
     * The house whose host name this is (without port, any case), else the house that answers every other one, if
     * there is such a house.
     */
    public Optional<House> forHost(String host) {
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
        House fallback = null;
        for (House house : all()) {
            if (name.equals(house.host())) {
                return Optional.of(house);
            }
            if (house.host() == null) {
                fallback = house;
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** Runs background work once for each house, each run seeing only its house's rows. */
    public void forEach(Runnable work) {
        for (House house : all()) {
            CurrentHouse.run(house.id(), work::run);
        }
    }
}
