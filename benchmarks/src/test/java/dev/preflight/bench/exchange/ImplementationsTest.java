package dev.preflight.bench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every implementation the benchmarks measure gives the right answer to every scenario's request, so
 * that no benchmark measures a wrong one. Each runs twice: state left over from the first operation
 * must not change the second.
 */
class ImplementationsTest {
    @ParameterizedTest
    @EnumSource(Scenario.class)
    void preflight(Scenario scenario) {
        assertCorrect(Implementations.preflight(scenario), scenario);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void floor(Scenario scenario) {
        assertCorrect(Implementations.floor(scenario), scenario);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void resteasy(Scenario scenario) {
        if (Implementations.resteasySupports(scenario)) {
            assertCorrect(Implementations.resteasy(scenario), scenario);
        } else {
            assertThrows(UnsupportedOperationException.class, () -> Implementations.resteasy(scenario));
        }
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void handWritten(Scenario scenario) {
        assertCorrect(Implementations.handWritten(scenario), scenario);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void spring(Scenario scenario) {
        assertCorrect(Implementations.spring(scenario), scenario);
    }

    /** The check itself must reject wrong answers, or every test above would pass vacuously. */
    @ParameterizedTest
    @EnumSource(Scenario.class)
    void theFloorOfAnotherScenarioIsWrong(Scenario scenario) {
        Scenario other = scenario.kind == Scenario.Kind.ALLOWED ? Scenario.NO_ORIGIN : Scenario.ACTUAL;
        Outcome wrong = Implementations.floor(other).outcome();
        assertFalse(wrong.problemFor(scenario) == null && wrong.equals(Implementations.floor(scenario).outcome()),
                "the floor of " + other + " passes as an answer to " + scenario);
    }

    private static void assertCorrect(Exchange exchange, Scenario scenario) {
        Outcome first = exchange.outcome();
        assertNull(first.problemFor(scenario));
        assertEquals(first, exchange.outcome());
    }
}
