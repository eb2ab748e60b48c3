package dev.preflight.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One effective {@code @CrossOrigin} policy with every header value that does not depend on the
 * request already computed by the processor. Immutable; the generated code builds each policy once,
 * when its class is initialized.
 */
final class CorsPolicy {
    /** An {@code Access-Control-Request-Headers} longer than this is refused without parsing. */
    static final int MAX_REQUEST_HEADERS_LENGTH = 8192;
    /** An {@code Access-Control-Request-Headers} naming more headers than this is refused. */
    static final int MAX_REQUEST_HEADER_NAMES = 64;

    private final OriginMatcher origins;
    private final boolean anyOrigin;
    private final boolean credentials;
    private final boolean anyHeader;
    private final String[] namedHeaders;
    private final String allowHeaders;
    private final String exposeHeaders;
    private final String maxAge;
    private final boolean privateNetwork;

    private CorsPolicy(Builder b) {
        this.origins = b.origins;
        this.anyOrigin = b.anyOrigin;
        this.credentials = b.credentials;
        this.anyHeader = b.anyHeader;
        this.namedHeaders = b.namedHeaders;
        this.allowHeaders = b.allowHeaders;
        this.exposeHeaders = b.exposeHeaders;
        this.maxAge = b.maxAge;
        this.privateNetwork = b.privateNetwork;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Whether a single {@code Origin} header value is allowed. Values browsers never send are not. */
    boolean allowsOrigin(String origin) {
        return anyOrigin ? Origins.isSerialized(origin) : origins.matches(origin);
    }

    /** {@code Access-Control-Allow-Origin} for an allowed origin: {@code *} or the origin itself. */
    String allowOriginValue(String origin) {
        return anyOrigin && !credentials ? "*" : origin;
    }

    /** Whether responses differ by {@code Origin}, so that caches must key on it ({@code Vary}). */
    boolean variesByOrigin() {
        return !anyOrigin || credentials;
    }

    /**
     * What is wrong with origins configured through placeholders, or {@code null}: such a policy
     * refuses every origin, and the feature fails the deployment with this message.
     */
    String configurationProblem() {
        return origins instanceof ConfiguredOrigins configured ? configured.problem() : null;
    }

    boolean allowsCredentials() {
        return credentials;
    }

    boolean allowsPrivateNetwork() {
        return privateNetwork;
    }

    /** The precomputed {@code Access-Control-Expose-Headers} value, or {@code null}. */
    String exposeHeaders() {
        return exposeHeaders;
    }

    /** The precomputed {@code Access-Control-Max-Age} value, or {@code null}. */
    String maxAge() {
        return maxAge;
    }

    /**
     * Checks every name in the {@code Access-Control-Request-Headers} lines of a preflight, parsed as
     * the Fetch standard's list: split on commas, optional whitespace trimmed, empty elements
     * ignored.
     *
     * @return {@code null} when every requested header is allowed, else why not
     */
    String refuseRequestHeaders(List<String> lines) {
        if (lines == null) {
            return null;
        }
        int length = 0;
        int count = 0;
        for (String line : lines) {
            length += line.length();
            if (length > MAX_REQUEST_HEADERS_LENGTH) {
                return "Access-Control-Request-Headers is longer than " + MAX_REQUEST_HEADERS_LENGTH + " characters";
            }
            for (HttpTokens.ListElements e = new HttpTokens.ListElements(line); e.next(); ) {
                int from = e.from();
                int to = e.to();
                if (++count > MAX_REQUEST_HEADER_NAMES) {
                    return "Access-Control-Request-Headers names more than " + MAX_REQUEST_HEADER_NAMES + " headers";
                }
                if (!allowsHeader(line, from, to)) {
                    return HttpTokens.isToken(line, from, to)
                            ? "request header " + CorsLog.printable(line.substring(from, to)) + " is not allowed"
                            : "Access-Control-Request-Headers has an element that is not a header name";
                }
            }
        }
        return null;
    }

    /**
     * {@code Access-Control-Allow-Headers} of an allowed preflight, or {@code null} for none: the
     * precomputed list, or under {@code "*"} the requested names, which
     * {@link #refuseRequestHeaders(List)} has checked to be tokens.
     */
    String allowHeadersValue(List<String> requestedLines) {
        if (!anyHeader) {
            return allowHeaders;
        }
        if (requestedLines == null) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (String line : requestedLines) {
            for (HttpTokens.ListElements e = new HttpTokens.ListElements(line); e.next(); ) {
                if (value.length() > 0) {
                    value.append(", ");
                }
                value.append(line, e.from(), e.to());
            }
        }
        return value.length() == 0 ? null : value.toString();
    }

    /**
     * Whether the element {@code s[from, to)} names an allowed header. A named header is a token, so
     * a match settles it without checking the element's characters; only the wildcard needs that.
     */
    private boolean allowsHeader(String s, int from, int to) {
        for (String name : namedHeaders) {
            if (equalsLowerCaseName(s, from, to, name)) {
                return true;
            }
        }
        return anyHeader && HttpTokens.isToken(s, from, to) && HttpTokens.wildcardCovers(s, from, to);
    }

    /**
     * Whether {@code s[from, to)} is {@code lowerCaseName} ignoring ASCII case only: header names are
     * ASCII, and folding other letters as {@link String#regionMatches(boolean, int, String, int, int)}
     * does would let a non-token, "x-custom" spelled with the long s (U+017F), pass for "x-custom".
     */
    private static boolean equalsLowerCaseName(String s, int from, int to, String lowerCaseName) {
        if (to - from != lowerCaseName.length()) {
            return false;
        }
        for (int i = from, j = 0; i < to; i++, j++) {
            char c = s.charAt(i);
            if (c != lowerCaseName.charAt(j) && !(c >= 'A' && c <= 'Z' && (char) (c + 32) == lowerCaseName.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Collects a policy's precomputed parts. Called by generated code; every string passed here was
     * validated and formatted by the processor.
     */
    static final class Builder {
        private OriginMatcher origins;
        private boolean anyOrigin;
        private boolean credentials;
        private boolean anyHeader;
        private String[] namedHeaders = new String[0];
        private String allowHeaders;
        private String exposeHeaders;
        private String maxAge;
        private boolean privateNetwork;

        private Builder() {
        }

        /** Allows the origins {@code matcher} accepts. */
        Builder origins(OriginMatcher matcher) {
            this.origins = Objects.requireNonNull(matcher, "matcher");
            return this;
        }

        /** Allows any origin ({@code origins = "*"}). */
        Builder anyOrigin() {
            this.anyOrigin = true;
            return this;
        }

        Builder allowCredentials() {
            this.credentials = true;
            return this;
        }

        /**
         * Allows the named request headers.
         *
         * @param headerValue the {@code Access-Control-Allow-Headers} value listing them
         * @param names the same names
         */
        Builder allowHeaders(String headerValue, String... names) {
            this.allowHeaders = headerValue;
            this.namedHeaders = lowerCase(names);
            return this;
        }

        /**
         * Allows any request header ({@code allowedHeaders = "*"}), and {@code Authorization} only if
         * it is among {@code named}.
         */
        Builder allowAnyHeader(String... named) {
            this.anyHeader = true;
            this.namedHeaders = lowerCase(named);
            return this;
        }

        Builder exposeHeaders(String headerValue) {
            this.exposeHeaders = headerValue;
            return this;
        }

        Builder maxAge(String headerValue) {
            this.maxAge = headerValue;
            return this;
        }

        Builder allowPrivateNetwork() {
            this.privateNetwork = true;
            return this;
        }

        CorsPolicy build() {
            if (!anyOrigin && origins == null) {
                throw new IllegalStateException("a policy needs origins or anyOrigin()");
            }
            return new CorsPolicy(this);
        }

        private static String[] lowerCase(String[] names) {
            String[] lower = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                lower[i] = names[i].toLowerCase(Locale.ROOT);
            }
            return lower;
        }
    }
}
