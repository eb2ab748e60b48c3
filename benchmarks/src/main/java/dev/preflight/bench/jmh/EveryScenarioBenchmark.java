package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Scenario;
import org.openjdk.jmh.annotations.Param;

/** An implementation that answers every scenario: Preflight and the two floors it is compared with. */
public abstract class EveryScenarioBenchmark extends JaxrsBenchmark {
    @Param({"PREFLIGHT", "ACTUAL", "NO_ORIGIN", "REFUSED", "ALLOWLIST_1", "ALLOWLIST_10", "ALLOWLIST_100", "PATTERN", "CONFIGURED_10"})
    public Scenario scenario;
}
