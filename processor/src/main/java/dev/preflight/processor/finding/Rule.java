package dev.preflight.processor.finding;

/**
 * The checks, each named by what it finds, with the code of the README's rule table that users grep for
 * (several checks may share a code). Each message starts with its code so that a user can find the rule
 * in the README's table.
 */
public enum Rule {
    /** A policy with no origin and no pattern after merging. */
    NO_ORIGIN("E0", Severity.ERROR),
    /** Credentials with {@code origins = "*"}. */
    CREDENTIALS_WITH_ANY_ORIGIN("E1", Severity.ERROR),
    /** Credentials with an origin pattern that matches every origin. */
    CREDENTIALS_WITH_EVERY_ORIGIN_PATTERN("E1", Severity.ERROR),
    /** {@code methods = "*"}: the allowed methods are derived from the resource methods. */
    ANY_METHOD("E2", Severity.ERROR),
    /** Credentials with {@code exposedHeaders = "*"}, which browsers read as a header named {@code *}. */
    CREDENTIALS_WITH_ANY_EXPOSED_HEADER("E2", Severity.ERROR),
    /** An origin (or a placeholder, or its default) that is not {@code scheme://host[:port]}. */
    MALFORMED_ORIGIN("E3", Severity.ERROR),
    /** {@code "*"} among other origins. */
    ANY_ORIGIN_AMONG_OTHERS("E3", Severity.ERROR),
    /** {@code "*"} in a placeholder's default. */
    ANY_ORIGIN_FROM_PLACEHOLDER("E3", Severity.ERROR),
    /** An origin that browsers serialize differently. */
    ORIGIN_NOT_SERIALIZED("E4", Severity.ERROR),
    /** The origin {@code "null"}. */
    NULL_ORIGIN("E5", Severity.ERROR),
    /** A header name that is not a token. */
    MALFORMED_HEADER_NAME("E6", Severity.ERROR),
    /** {@code Set-Cookie} (or another header browsers never expose) in {@code exposedHeaders}. */
    FORBIDDEN_RESPONSE_HEADER_EXPOSED("E6", Severity.ERROR),
    /** An HTTP method name that is not a token. */
    MALFORMED_METHOD("E7", Severity.ERROR),
    /** A method in {@code methods} that no resource method the declaration applies to implements. */
    METHOD_NOT_IMPLEMENTED("E7", Severity.ERROR),
    /** {@code methods} naming only {@code OPTIONS}: nothing covered. */
    ONLY_OPTIONS_METHOD("E7", Severity.ERROR),
    /** {@code HEAD} in {@code methods} without {@code GET}, whose resource method serves it. */
    HEAD_WITHOUT_GET("E7", Severity.ERROR),
    /** {@code maxAge} below -1. */
    MAX_AGE_BELOW_MINUS_ONE("E8", Severity.ERROR),
    /** A malformed origin pattern (or a placeholder in {@code originPatterns}, or its default). */
    MALFORMED_ORIGIN_PATTERN("E9", Severity.ERROR),
    /** An origin pattern whose wildcard stands directly in front of a public suffix. */
    PATTERN_ON_PUBLIC_SUFFIX("E9", Severity.ERROR),
    /** An origin pattern that matches every origin, without credentials. */
    PATTERN_MATCHING_EVERY_ORIGIN("E9", Severity.ERROR),
    /** {@code @CrossOrigin} on a class that is no resource class and that no locator returns. */
    NOT_A_RESOURCE_CLASS("E10", Severity.ERROR),
    /** {@code @CrossOrigin} on a method that is neither a resource method nor a locator. */
    NOT_A_RESOURCE_METHOD("E10", Severity.ERROR),
    /** {@code @CrossOrigin} on an {@code Application} subclass when it cannot tell which resources it deploys. */
    AMBIGUOUS_APPLICATION_DEFAULTS("E10", Severity.ERROR),
    /** A policy on a resource method whose {@code @Path} cannot be matched. */
    UNMATCHABLE_PATH("E10", Severity.ERROR),
    /** A hand-written {@code @OPTIONS} method on a path a policy covers. */
    HAND_WRITTEN_OPTIONS("E11", Severity.ERROR),
    /** Two policies that disagree on the same path and HTTP method. */
    POLICIES_DISAGREE_ON_PATH("E12", Severity.ERROR),
    /** A class that sub-resource locators return, reached with two different policies. */
    LOCATOR_TARGET_WITH_TWO_POLICIES("E12", Severity.ERROR),
    /** Private network access for any origin. */
    PRIVATE_NETWORK_FOR_ANY_ORIGIN("E13", Severity.ERROR),
    /** A header read with {@code @HeaderParam} that is neither safelisted nor allowed. */
    HEADER_READ_NOT_ALLOWED("W1", Severity.WARNING),
    /** {@code @Consumes} of a type that is not CORS-safelisted while {@code Content-Type} is not allowed. */
    CONTENT_TYPE_NOT_ALLOWED("W2", Severity.WARNING),
    /** A forbidden request header in {@code allowedHeaders}. */
    FORBIDDEN_REQUEST_HEADER_ALLOWED("W3", Severity.WARNING),
    /** A plain {@code http:} origin other than loopback with credentials. */
    PLAIN_HTTP_WITH_CREDENTIALS("W4", Severity.WARNING),
    /** A value listed twice in one attribute. */
    DUPLICATE_VALUE("W5", Severity.WARNING),
    /** A CORS-safelisted response header in {@code exposedHeaders}. */
    SAFELISTED_RESPONSE_HEADER_EXPOSED("W5", Severity.WARNING),
    /** {@code OPTIONS} in {@code methods}. */
    OPTIONS_IN_METHODS("W5", Severity.WARNING),
    /** {@code maxAge} above what browsers honour. */
    MAX_AGE_ABOVE_BROWSER_CAP("W6", Severity.WARNING),
    /** {@code maxAge = 0}: no preflight is cached. */
    MAX_AGE_ZERO("W6", Severity.WARNING),
    /** {@code allowedHeaders = "*"} while a covered method reads {@code Authorization}. */
    AUTHORIZATION_NOT_IN_ANY_HEADER("W7", Severity.WARNING),
    /** An origin whose host ends in a dot: browsers keep it, so it is another origin than the one without. */
    ORIGIN_WITH_TRAILING_DOT("W8", Severity.WARNING),
    /**
     * A sub-resource locator, under a policy, whose declared return type does not tell what it
     * returns: the paths under it stay uncovered.
     */
    UNKNOWABLE_LOCATOR_TARGET("W9", Severity.WARNING),
    /** A sub-resource locator, under a policy, beyond the number of classes Preflight follows per round. */
    TOO_MANY_LOCATOR_TARGETS("W9", Severity.WARNING);

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
