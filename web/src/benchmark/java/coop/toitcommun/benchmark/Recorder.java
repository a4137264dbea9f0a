package coop.toitcommun.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.Properties;

/** What the run measured besides Gatling's statistics, kept in target/benchmark/measurements.properties. */
final class Recorder {

    private final Properties values = new Properties();

    synchronized void put(String key, Object value) {
        values.setProperty(key, String.valueOf(value));
        try (Writer out = Files.newBufferedWriter(Bench.measurements())) {
            values.store(out, "measured by DailyPagesSimulation; read by BenchmarkTable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized String get(String key) {
        return values.getProperty(key);
    }
}
