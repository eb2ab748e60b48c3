package dev.preflight.processor.validate;

import java.util.Locale;
import java.util.Set;

/** The header and media type vocabularies of the Fetch standard that the rules need; names compare case-insensitively. */
final class HeaderNames {
    /** Request headers a script may send without a preflight (for simple values). */
    private static final Set<String> SAFELISTED_REQUEST = Set.of(
            "accept", "accept-language", "content-language", "content-type", "range");

    /** Request headers only the browser sets; a script cannot. */
    private static final Set<String> FORBIDDEN_REQUEST = Set.of(
            "accept-charset", "accept-encoding", "access-control-request-headers",
            "access-control-request-method", "access-control-request-private-network", "connection",
            "content-length", "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin",
            "referer", "set-cookie", "te", "trailer", "transfer-encoding", "upgrade", "via");

    /** Response headers every script may read without {@code Access-Control-Expose-Headers}. */
    private static final Set<String> SAFELISTED_RESPONSE = Set.of(
            "cache-control", "content-language", "content-length", "content-type", "expires", "last-modified",
            "pragma");

    /** Response headers browsers never expose to scripts. */
    private static final Set<String> FORBIDDEN_RESPONSE = Set.of("set-cookie", "set-cookie2");

    /** The {@code Content-Type} essences a script may send without a preflight. */
    private static final Set<String> SAFELISTED_CONTENT_TYPES = Set.of(
            "application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    static final String AUTHORIZATION = "authorization";

    private HeaderNames() {
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static boolean isForbiddenRequestHeader(String name) {
        String key = key(name);
        return FORBIDDEN_REQUEST.contains(key) || key.startsWith("proxy-") || key.startsWith("sec-");
    }

    /**
     * Request headers the user agent sets by itself that no preflight asks about: {@code User-Agent}, and
     * {@code Last-Event-ID}, which {@code EventSource} sends when it reconnects to a server-sent-events
     * stream (its requests are not a script's, so they are never preflighted).
     */
    private static final Set<String> SET_BY_THE_USER_AGENT = Set.of("user-agent", "last-event-id");

    /**
     * Whether a header reaches the server on a cross-origin request without being allowed: a
     * safelisted one, or one the browser sends by itself ({@code User-Agent}, {@code Cookie},
     * {@code Last-Event-ID}, ...).
     */
    static boolean arrivesWithoutAllowing(String name) {
        return SAFELISTED_REQUEST.contains(key(name)) || SET_BY_THE_USER_AGENT.contains(key(name))
                || isForbiddenRequestHeader(name);
    }

    static boolean isSafelistedResponseHeader(String name) {
        return SAFELISTED_RESPONSE.contains(key(name));
    }

    static boolean isForbiddenResponseHeader(String name) {
        return FORBIDDEN_RESPONSE.contains(key(name));
    }

    /**
     * Whether a {@code @Consumes} media type admits a {@code Content-Type} that a script may send
     * without a preflight: {@code text/plain}, {@code text/*} and {@code *}{@code /*} do, {@code application/json} does not.
     */
    static boolean admitsSafelistedContentType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String essence = key((semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip());
        int slash = essence.indexOf('/');
        if (slash < 0) {
            return essence.equals("*");
        }
        String type = essence.substring(0, slash);
        String subtype = essence.substring(slash + 1);
        for (String safelisted : SAFELISTED_CONTENT_TYPES) {
            int s = safelisted.indexOf('/');
            if ((type.equals("*") || type.equals(safelisted.substring(0, s)))
                    && (subtype.equals("*") || subtype.equals(safelisted.substring(s + 1)))) {
                return true;
            }
        }
        return false;
    }
}
