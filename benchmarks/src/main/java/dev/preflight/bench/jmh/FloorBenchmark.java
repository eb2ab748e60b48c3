package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;

/** The floor: the same headers as constants, no CORS logic. */
public class FloorBenchmark extends EveryScenarioBenchmark {
    @Override
    protected Exchange exchange() {
        return Implementations.floor(container, scenario).verified("Floor", scenario);
    }
}
