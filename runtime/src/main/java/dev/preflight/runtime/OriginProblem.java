package dev.preflight.runtime;

/** Why a configured origin can never match what browsers send, with the fix in {@link #message()}. */
public record OriginProblem(Kind kind, String message) {

    /** The classes of mistake, which the processor reports as different rules. */
    public enum Kind {
        /** Not {@code scheme://host[:port]}: a path, query, userinfo, whitespace, wildcard, bad port. */
        MALFORMED,
        /** Well-formed, but browsers serialize it differently: upper case, default port, trailing dot. */
        NOT_SERIALIZED,
        /** The literal {@code "null"}. */
        NULL_ORIGIN
    }

    static OriginProblem malformed(String message) {
        return new OriginProblem(Kind.MALFORMED, message);
    }
}
