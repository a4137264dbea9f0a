package coop.toitcommun.membership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private volatile Known known;

    /** The houses as read, and by id and by host name, for the request that looks one up among thousands. */
    private record Known(List<House> all, Map<Long, House> byId, Map<String, House> byHost, House fallback) {

        static Known of(List<House> houses) {
            Map<Long, House> byId = new HashMap<>();
            Map<String, House> byHost = new HashMap<>();
            House fallback = null;
            for (House house : houses) {
                byId.put(house.id(), house);
                if (house.host() == null) {
                    fallback = house;
                } else {
                    byHost.put(house.host(), house);
                }
            }
            return new Known(houses, byId, byHost, fallback);
        }
    }

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
        return known().all();
    }

    /** The house with this id, if the deployment has it. */
    public Optional<House> byId(long id) {
        return Optional.ofNullable(known().byId().get(id));
    }

    private Known known() {
        Known current = known;
        return current == null ? read() : current;
    }

    /** Houses opened by another instance appear here within a minute, without a request ever waiting for it. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void readAgain() {
        read();
    }

    private Known read() {
        Known read = Known.of(jdbc.sql("SELECT id, name, host FROM membership.house ORDER BY id").query(House.class).list());
        known = read;
        return read;
    }

    /**
     * The house whose host name this is (without port, any case), else the house that answers every other one, if
     * there is such a house.
     */
    public Optional<House> forHost(String host) {
        Known current = known();
        House named = host == null ? null : current.byHost().get(host.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(named != null ? named : current.fallback());
    }

    /** Runs background work once for each house, each run seeing only its house's rows. */
    public void forEach(Runnable work) {
        for (House house : all()) {
            CurrentHouse.run(house.id(), work::run);
        }
    }
}
