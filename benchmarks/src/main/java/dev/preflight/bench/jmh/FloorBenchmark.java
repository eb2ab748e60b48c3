package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Container;
import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;
import dev.preflight.bench.exchange.Scenario;
import org.openjdk.jmh.annotations.Param;

/** The floor: the same headers as constants, no CORS logic. */
public class FloorBenchmark extends CorsBenchmark {
    @Param({"PREFLIGHT", "ACTUAL", "NO_ORIGIN", "REFUSED", "ALLOWLIST_1", "ALLOWLIST_10", "ALLOWLIST_100", "PATTERN", "CONFIGURED_10"})
    public Scenario scenario;

    /** Whose header maps and {@code RuntimeDelegate} the request and responses are made of. */
    @Param({"JERSEY", "RESTEASY"})
    public Container container;

    @Override
    protected Exchange exchange() {
        return Implementations.floor(container, scenario).verified("Floor", scenario);
    }
}
