package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;
import dev.preflight.bench.exchange.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** The code Preflight generates. */
public class PreflightBenchmark extends CorsBenchmark {
    @Param({"PREFLIGHT", "ACTUAL", "NO_ORIGIN", "REFUSED", "ALLOWLIST_1", "ALLOWLIST_10", "ALLOWLIST_100", "PATTERN", "CONFIGURED_10"})
    public Scenario scenario;

    private Exchange exchange;

    @Setup
    public void prepare() {
        exchange = Implementations.preflight(scenario).verified("Preflight", scenario);
    }

    @Benchmark
    public Object cors() {
        return exchange.run();
    }
}
