package coop.toitcommun.membership;

import java.util.OptionalLong;

/**
 * The house the current thread works for: the house of the request (chosen by its host name), or the house a piece
 * of background work was started for. Every connection the application takes from its pool works for this house
 * ({@code HouseConnections}), and PostgreSQL shows it only that house's rows; a thread working for no house sees no
 * row of any house.
 */
public final class CurrentHouse {

    /** Work that may throw what the caller throws. */
    @FunctionalInterface
    public interface Work<E extends Throwable> {
        void run() throws E;
    }

    private static final ThreadLocal<Long> HOUSE = new ThreadLocal<>();

    private CurrentHouse() {
    }

    public static OptionalLong id() {
        Long house = HOUSE.get();
        return house == null ? OptionalLong.empty() : OptionalLong.of(house);
    }

    /** {@code work}, to be run on another thread for the house this thread works for now (or for none). */
    public static Runnable carried(Runnable work) {
        Long house = HOUSE.get();
        return house == null ? work : () -> run(house, work::run);
    }

    /** Runs {@code work} for {@code house}, then gives the thread back to the house it worked for before. */
    public static <E extends Throwable> void run(long house, Work<E> work) throws E {
        try (Scope scope = enter(house)) {
            work.run();
        }
    }

    /**
     * The thread works for {@code house} until the scope is closed, then for the house it worked for before: for work
     * that throws several kinds of checked exceptions (a servlet filter's).
     */
    public static Scope enter(long house) {
        Long before = HOUSE.get();
        HOUSE.set(house);
        return () -> {
            if (before == null) {
                HOUSE.remove();
            } else {
                HOUSE.set(before);
            }
        };
    }

    /** Work for a house, until closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
