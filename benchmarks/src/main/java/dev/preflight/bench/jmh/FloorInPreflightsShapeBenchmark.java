package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Container;
import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;
import dev.preflight.bench.exchange.Scenario;
import org.openjdk.jmh.annotations.Param;

/**
 * The floor's constant answers given through the filters Preflight uses: what that structure costs
 * before any of Preflight's own decisions ({@link Implementations#floorInPreflightsShape}).
 */
public class FloorInPreflightsShapeBenchmark extends CorsBenchmark {
    @Param({"PREFLIGHT", "ACTUAL", "NO_ORIGIN", "REFUSED", "ALLOWLIST_1", "ALLOWLIST_10", "ALLOWLIST_100", "PATTERN", "CONFIGURED_10"})
    public Scenario scenario;

    /** Whose header maps and {@code RuntimeDelegate} the request and responses are made of. */
    @Param({"JERSEY", "RESTEASY"})
    public Container container;

    @Override
    protected Exchange exchange() {
        return Implementations.floorInPreflightsShape(container, scenario).verified("Floor in Preflight's shape", scenario);
    }
}
