package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;

/** The code Preflight generates. */
public class PreflightBenchmark extends EveryScenarioBenchmark {
    @Override
    protected Exchange exchange() {
        return Implementations.preflight(container, scenario).verified("Preflight", scenario);
    }
}
