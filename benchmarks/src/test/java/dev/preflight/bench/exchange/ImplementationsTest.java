package dev.preflight.bench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every implementation the benchmarks measure gives the right answer to every scenario's request, so
 * that no benchmark measures a wrong one. Each runs twice: state left over from the first operation
 * must not change the second.
 */
class ImplementationsTest {
    /** Every scenario in the objects of every runtime. */
    static Stream<Arguments> cases() {
        return Stream.of(Container.values())
                .flatMap(container -> Stream.of(Scenario.values()).map(scenario -> Arguments.of(container, scenario)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void preflight(Container container, Scenario scenario) {
        assertCorrect(Implementations.preflight(container, scenario), scenario);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void floor(Container container, Scenario scenario) {
        assertCorrect(Implementations.floor(container, scenario), scenario);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void floorInPreflightsShape(Container container, Scenario scenario) {
        assertCorrect(Implementations.floorInPreflightsShape(container, scenario), scenario);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resteasy(Container container, Scenario scenario) {
        if (Implementations.resteasySupports(scenario)) {
            assertCorrect(Implementations.resteasy(container, scenario), scenario);
        } else {
            assertThrows(UnsupportedOperationException.class, () -> Implementations.resteasy(container, scenario));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void handWritten(Container container, Scenario scenario) {
        assertCorrect(Implementations.handWritten(container, scenario), scenario);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void spring(Scenario scenario) {
        assertCorrect(Implementations.spring(scenario), scenario);
    }

    /** The check itself must reject wrong answers, or every test above would pass vacuously. */
    @ParameterizedTest
    @MethodSource("cases")
    void theFloorOfAnotherScenarioIsWrong(Container container, Scenario scenario) {
        Scenario other = scenario.kind == Scenario.Kind.ALLOWED ? Scenario.NO_ORIGIN : Scenario.ACTUAL;
        Outcome wrong = Implementations.floor(container, other).outcome();
        assertFalse(wrong.problemFor(scenario) == null
                && wrong.equals(Implementations.floor(container, scenario).outcome()),
                "the floor of " + other + " passes as an answer to " + scenario);
    }

    private static void assertCorrect(Exchange exchange, Scenario scenario) {
        Outcome first = exchange.outcome();
        assertNull(first.problemFor(scenario));
        assertEquals(first, exchange.outcome());
    }
}
