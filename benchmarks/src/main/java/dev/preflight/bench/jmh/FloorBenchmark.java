package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;
import dev.preflight.bench.exchange.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** The floor: the same headers as constants, no CORS logic. */
public class FloorBenchmark extends CorsBenchmark {
    @Param({"PREFLIGHT", "ACTUAL", "NO_ORIGIN", "REFUSED", "ALLOWLIST_1", "ALLOWLIST_10", "ALLOWLIST_100", "PATTERN", "CONFIGURED_10"})
    public Scenario scenario;

    private Exchange exchange;

    @Setup
    public void prepare() {
        exchange = Implementations.floor(scenario).verified("Floor", scenario);
    }

    @Benchmark
    public Object cors() {
        return exchange.run();
    }
}
