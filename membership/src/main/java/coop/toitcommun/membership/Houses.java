package coop.toitcommun.membership;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The houses of this deployment, read from {@code membership.house} (which belongs to no house) and kept in memory:
 * a request's house is chosen by its host name without a statement of its own.
 */
@Service
public class Houses {

    /** The house that the data of a single-house installation, and of the demo, belongs to. */
    public static final long FIRST = 1;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private volatile List<House> known;

    Houses(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
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

    /**
     * The houses as last read: at the first call, then every minute in the background, and at once after
     * {@link #open}.
     */
    public List<House> all() {
        List<House> current = known;
        if (current == null) {
            current = read();
        }
        return current;
    }

    /** Houses opened by another instance appear here within a minute, without a request ever waiting for it. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void readAgain() {
        read();
    }

    private List<House> read() {
        List<House> houses = jdbc.sql("SELECT id, name, host FROM membership.house ORDER BY id").query(House.class).list();
        known = houses;
        return houses;
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
