package dev.preflight.bench.exchange;

/** One implementation configured for one scenario, ready to handle its prepared request. */
public interface Exchange {
    /** Handles the prepared request once; the result is for JMH's blackhole. */
    Object run();

    /** Handles the prepared request once and says what came out. */
    Outcome outcome();

    /** Fails unless the implementation does the right thing: a benchmark of a wrong answer is worthless. */
    default Exchange verified(String implementation, Scenario scenario) {
        String problem = outcome().problemFor(scenario);
        if (problem != null) {
            throw new IllegalStateException(implementation + " on " + scenario + ": " + problem);
        }
        return this;
    }
}
