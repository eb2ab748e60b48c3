package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;
import dev.preflight.bench.exchange.Scenario;
import org.openjdk.jmh.annotations.Param;

/** RESTEasy's {@code CorsFilter}; it has no origin patterns, so no PATTERN. */
public class ResteasyBenchmark extends JaxrsBenchmark {
    @Param({"PREFLIGHT", "ACTUAL", "NO_ORIGIN", "REFUSED", "ALLOWLIST_1", "ALLOWLIST_10", "ALLOWLIST_100"})
    public Scenario scenario;

    @Override
    protected Exchange exchange() {
        return Implementations.resteasy(container, scenario).verified("Resteasy", scenario);
    }
}
