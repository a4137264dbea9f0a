package coop.toitcommun.web.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Distinct client addresses (sent as X-Forwarded-For) so that one test's failed sign-ins never throttle
 * another test's visitor.
 */
public final class TestAddresses {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private TestAddresses() {
    }

    public static String next() {
        int n = NEXT.getAndIncrement();
        return "198.51." + (n / 250) % 250 + "." + (n % 250 + 1);
    }
}
