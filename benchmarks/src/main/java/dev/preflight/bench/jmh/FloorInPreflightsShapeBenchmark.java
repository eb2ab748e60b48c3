package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;

/**
 * The floor's constant answers given through the filters Preflight uses: what that structure costs
 * before any of Preflight's own decisions ({@link Implementations#floorInPreflightsShape}).
 */
public class FloorInPreflightsShapeBenchmark extends EveryScenarioBenchmark {
    @Override
    protected Exchange exchange() {
        return Implementations.floorInPreflightsShape(container, scenario).verified("Floor in Preflight's shape", scenario);
    }
}
