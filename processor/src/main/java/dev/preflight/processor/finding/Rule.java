package dev.preflight.processor.finding;

/**
 * The checks of the README's rule table, by their codes there. Each message starts with its code so that a
 * user can find the rule in the README's table.
 */
public enum Rule {
    /** A policy with no origin and no pattern after merging. */
    NO_ORIGIN("E0", Severity.ERROR),
    /** Credentials with any origin. */
    E1("E1", Severity.ERROR),
    /** Credentials with {@code exposedHeaders = "*"}; {@code methods = "*"}. */
    E2("E2", Severity.ERROR),
    /** An origin that is not {@code scheme://host[:port]}. */
    E3("E3", Severity.ERROR),
    /** An origin that browsers serialize differently. */
    E4("E4", Severity.ERROR),
    /** The origin {@code "null"}. */
    E5("E5", Severity.ERROR),
    /** A header name that is not a token; {@code Set-Cookie} exposed. */
    E6("E6", Severity.ERROR),
    /** A method that is not a token or not implemented on the path. */
    E7("E7", Severity.ERROR),
    /** {@code maxAge} below -1. */
    E8("E8", Severity.ERROR),
    /** A malformed origin pattern. */
    E9("E9", Severity.ERROR),
    /** {@code @CrossOrigin} where there is no resource or resource method. */
    E10("E10", Severity.ERROR),
    /** A hand-written {@code @OPTIONS} method on a path a policy covers. */
    E11("E11", Severity.ERROR),
    /** Two policies that disagree on the same path and HTTP method. */
    E12("E12", Severity.ERROR),
    /** Private network access for any origin. */
    E13("E13", Severity.ERROR),
    /** A header read with {@code @HeaderParam} that is neither safelisted nor allowed. */
    W1("W1", Severity.WARNING),
    /** {@code @Consumes} of a type that is not CORS-safelisted while {@code Content-Type} is not allowed. */
    W2("W2", Severity.WARNING),
    /** A forbidden request header in {@code allowedHeaders}. */
    W3("W3", Severity.WARNING),
    /** A plain {@code http:} origin other than loopback with credentials. */
    W4("W4", Severity.WARNING),
    /** Duplicates; safelisted response headers exposed; {@code OPTIONS} in {@code methods}. */
    W5("W5", Severity.WARNING),
    /** {@code maxAge} above what browsers honour, or 0. */
    W6("W6", Severity.WARNING),
    /** {@code allowedHeaders = "*"} while a covered method reads {@code Authorization}. */
    W7("W7", Severity.WARNING),
    /** An origin whose host ends in a dot: browsers keep it, so it is another origin than the one without. */
    W8("W8", Severity.WARNING),
    /**
     * A sub-resource locator, under a policy, whose declared return type does not tell what it
     * returns: the paths under it stay uncovered.
     */
    W9("W9", Severity.WARNING);

    private final String code;
    private final Severity severity;

    Rule(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether a finding of this rule fails the build. */
    public enum Severity {
        ERROR,
        WARNING
    }
}
