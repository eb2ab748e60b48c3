package dev.preflight.processor.resolve;

/** Whether the generated code answers for a resource method, and if not, why not. */
public enum Coverage {
    /** Its merged policy judges its cross-origin requests. */
    COVERED,
    /** No {@code @CrossOrigin} applies to it. */
    NO_POLICY,
    /** An {@code @OPTIONS} method: the application answers plain {@code OPTIONS} itself, Preflight the preflights. */
    OPTIONS_METHOD,
    /** The {@code methods} attribute of its merged policy leaves its HTTP method out. */
    LEFT_OUT_BY_METHODS
}
