package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;
import dev.preflight.bench.exchange.Scenario;
import org.openjdk.jmh.annotations.Param;

/** A tutorial's hand-written filter. */
public class HandWrittenBenchmark extends JaxrsBenchmark {
    @Param({"PREFLIGHT", "ACTUAL", "NO_ORIGIN", "REFUSED", "ALLOWLIST_1", "ALLOWLIST_10", "ALLOWLIST_100", "PATTERN"})
    public Scenario scenario;

    @Override
    protected Exchange exchange() {
        return Implementations.handWritten(container, scenario).verified("HandWritten", scenario);
    }
}
