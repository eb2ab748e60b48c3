package dev.preflight.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.List;

/**
 * Reads the {@code Origin} of a request and tells whether it is the server's own origin, which the
 * CORS protocol treats like no {@code Origin} at all.
 *
 * <p>The server's origin is the scheme and authority the client used: behind a TLS-terminating proxy
 * that is what {@code Forwarded} ({@code proto=}, {@code host=}) or {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} say, else the request URI's. Trusting these headers is safe here: a
 * request wrongly taken for same-origin only gets no CORS headers, never more access.
 */
final class RequestOrigin {
    private RequestOrigin() {
    }

    /**
     * The request's {@code Origin} field value, or {@code null} without one. No browser sends the header
     * twice; several are combined as HTTP combines a repeated field, into one comma-separated list
     * ({@code "https://a.example, https://b.example"}), which is what was sent and never a serialized
     * origin, since origins have neither commas nor spaces: no policy allows it, it is never the
     * server's own origin, and a log line shows every value.
     */
    static String of(ContainerRequestContext request) {
        List<String> values = HeaderMaps.get(request.getHeaders(), HeaderMaps.ORIGIN, CorsHeaders.ORIGIN);
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.size() == 1 ? values.get(0) : String.join(", ", values);
    }

    /** Whether {@code origin} is the origin the client addressed this request to. */
    static boolean isSameOrigin(String origin, ContainerRequestContext request) {
        try {
            return isSameOriginOrThrow(origin, request);
        } catch (RuntimeException e) {
            // a request URI the runtime cannot parse (RESTEasy, for "[" or "|" in the path): not
            // provably the server's own origin, so the caller refuses as for any other origin
            return false;
        }
    }

    private static boolean isSameOriginOrThrow(String origin, ContainerRequestContext request) {
        MultivaluedMap<String, String> headers = request.getHeaders();
        String forwarded = HeaderMaps.getFirst(headers, HeaderMaps.FORWARDED, "Forwarded");
        String forwardedHost = HeaderMaps.getFirst(headers, HeaderMaps.X_FORWARDED_HOST, "X-Forwarded-Host");
        if (forwarded == null && forwardedHost == null) {
            URI uri = request.getUriInfo().getRequestUri();
            String host = uri.getHost();
            // a cross-origin request nearly always comes from another host: compare that first, and
            // look for the scheme a proxy forwarded only when the host is the same
            if (host == null || !hasHost(origin, host)) {
                return false;
            }
            String scheme = firstElement(forwardedProto(headers));
            return matches(origin, scheme == null ? uri.getScheme() : scheme, host, uri.getPort());
        }
        String scheme = null;
        String host = null;
        if (forwarded != null) {
            int end = indexOfOrEnd(forwarded, ',', 0);
            scheme = forwardedParameter(forwarded, end, "proto");
            host = forwardedParameter(forwarded, end, "host");
        }
        if (scheme == null) {
            scheme = firstElement(forwardedProto(headers));
        }
        if (host == null) {
            host = firstElement(forwardedHost);
        }
        URI uri = request.getUriInfo().getRequestUri();
        if (scheme == null) {
            scheme = uri.getScheme();
        }
        if (host == null) {
            return scheme != null && uri.getHost() != null && matches(origin, scheme, uri.getHost(), uri.getPort());
        }
        int colon = host.startsWith("[") ? host.indexOf(':', Math.max(0, host.indexOf(']'))) : host.lastIndexOf(':');
        if (colon < 0) {
            return scheme != null && matches(origin, scheme, host, -1);
        }
        int port = Origins.portValue(host, colon + 1, host.length());
        return scheme != null && port >= 0 && matches(origin, scheme, host.substring(0, colon), port);
    }

    private static String forwardedProto(MultivaluedMap<String, String> headers) {
        return HeaderMaps.getFirst(headers, HeaderMaps.X_FORWARDED_PROTO, "X-Forwarded-Proto");
    }

    /** Whether the host of {@code origin} (after {@code "://"}, up to a port) is {@code host}, ignoring ASCII case. */
    private static boolean hasHost(String origin, String host) {
        int colon = origin.indexOf(':');
        int hostStart = colon + 3;
        int hostEnd = hostStart + host.length();
        int n = origin.length();
        if (colon < 0 || hostEnd > n || (hostEnd < n && origin.charAt(hostEnd) != ':') || !origin.startsWith("//", colon + 1)) {
            return false;
        }
        // by hand: String.regionMatches(true, ...) costs several times this for the usual early mismatch
        for (int i = 0; i < host.length(); i++) {
            char a = origin.charAt(hostStart + i);
            char b = host.charAt(i);
            if (a != b && !(isAsciiLetter(a) && (a ^ b) == 0x20)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether {@code origin} serializes {@code scheme://host:port}, comparing scheme and host case-insensitively. */
    static boolean matches(String origin, String scheme, String host, int port) {
        int schemeLength = scheme.length();
        if (!origin.regionMatches(true, 0, scheme, 0, schemeLength) || !origin.startsWith("://", schemeLength)) {
            return false;
        }
        int hostStart = schemeLength + 3;
        int hostLength = host.length();
        if (!origin.regionMatches(true, hostStart, host, 0, hostLength)) {
            return false;
        }
        int hostEnd = hostStart + hostLength;
        int defaultPort = Origins.defaultPort(scheme);
        int effectivePort = port < 0 ? defaultPort : port;
        if (hostEnd == origin.length()) {
            return effectivePort == defaultPort;
        }
        return origin.charAt(hostEnd) == ':'
                && Origins.portValue(origin, hostEnd + 1, origin.length()) == effectivePort
                && effectivePort != defaultPort;
    }

    /** A parameter of the first {@code Forwarded} element ({@code s[0, end)}), unquoted, or {@code null}. */
    private static String forwardedParameter(String s, int end, String name) {
        int start = 0;
        while (start < end) {
            int semicolon = indexOfOrEnd(s, ';', start);
            int pairEnd = Math.min(semicolon, end);
            int eq = s.indexOf('=', start);
            if (eq > 0 && eq < pairEnd && s.substring(start, eq).strip().equalsIgnoreCase(name)) {
                String value = s.substring(eq + 1, pairEnd).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
            start = pairEnd + 1;
        }
        return null;
    }

    private static String firstElement(String value) {
        if (value == null) {
            return null;
        }
        String first = value.substring(0, indexOfOrEnd(value, ',', 0)).strip();
        return first.isEmpty() ? null : first;
    }

    private static int indexOfOrEnd(String s, char c, int from) {
        int i = s.indexOf(c, from);
        return i < 0 ? s.length() : i;
    }
}
