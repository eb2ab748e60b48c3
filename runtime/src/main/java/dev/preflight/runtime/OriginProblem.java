package dev.preflight.runtime;

/**
 * Why a configured origin can never match what browsers send, with the fix in {@link #message()}.
 *
 * @param fix the origin to write instead, as browsers send it, or {@code null} when there is none
 */
public record OriginProblem(Kind kind, String message, String fix) {

    /** A problem without a fix to suggest. */
    OriginProblem(Kind kind, String message) {
        this(kind, message, null);
    }

    /** The classes of mistake, which the processor reports as different rules. */
    public enum Kind {
        /** Not {@code scheme://host[:port]}: a path, query, userinfo, whitespace, wildcard, bad port. */
        MALFORMED,
        /** Well-formed, but browsers serialize it differently: upper case, default port, IPv4 or IPv6 notation, an international name. */
        NOT_SERIALIZED,
        /** The literal {@code "null"}. */
        NULL_ORIGIN
    }

    static OriginProblem malformed(String message) {
        return new OriginProblem(Kind.MALFORMED, message);
    }

    static OriginProblem malformed(String message, String fix) {
        return new OriginProblem(Kind.MALFORMED, message, fix);
    }
}
