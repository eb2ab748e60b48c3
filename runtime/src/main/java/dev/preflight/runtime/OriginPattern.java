package dev.preflight.runtime;

import java.util.Arrays;
import java.util.Locale;

/**
 * A host wildcard pattern from {@code originPatterns}: {@code https://*.example.com} (one or more
 * labels in front of {@code example.com}, default port only), {@code https://*.example.com:[8080,8443]}
 * (those ports only), {@code http://localhost:[*]} (any port).
 *
 * <p>Parsed once, when the generated class is initialized; {@link #matches(String)} then compares
 * strings in place and allocates nothing. The processor parses every pattern at compile time with
 * the same {@link #parse(String)}, so a pattern that would fail here fails the build instead.
 */
public final class OriginPattern {
    private final String source;
    /** {@code "https://"}. */
    private final String schemePrefix;
    /** The exact host, or for a wildcard the suffix with its leading dot: {@code ".example.com"}. */
    private final String host;
    private final boolean wildcard;
    private final boolean anyPort;
    /** Allowed explicit ports, sorted; empty when only the scheme's default port is allowed. */
    private final int[] ports;
    /** The scheme's default port, which browsers leave out of an origin, or -1. */
    private final int defaultPort;

    private OriginPattern(String source, String schemePrefix, String host, boolean wildcard, boolean anyPort,
            int[] ports) {
        this.source = source;
        this.schemePrefix = schemePrefix;
        this.host = host;
        this.wildcard = wildcard;
        this.anyPort = anyPort;
        this.ports = ports;
        this.defaultPort = Origins.defaultPort(schemePrefix.substring(0, schemePrefix.length() - 3));
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and how to write it
     */
    public static OriginPattern parse(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("origin pattern \"\" is empty; write it as "
                    + "scheme://*.domain[:ports], for example \"https://*.example.com\"");
        }
        String quoted = '"' + pattern + '"';
        int schemeEnd = pattern.indexOf("://");
        if (schemeEnd <= 0) {
            throw new IllegalArgumentException("origin pattern " + quoted + " has no scheme; write it as "
                    + "scheme://*.domain[:ports], for example \"https://*.example.com\"");
        }
        String scheme = pattern.substring(0, schemeEnd);
        if (!Origins.isSerialized(scheme + "://x")) {
            throw new IllegalArgumentException("origin pattern " + quoted + " has scheme \"" + scheme
                    + "\"; browsers send schemes in lower case, for example \"https\"");
        }
        String rest = pattern.substring(schemeEnd + 3);
        int portColon = portColon(rest);
        String hostPart = portColon < 0 ? rest : rest.substring(0, portColon);
        String portPart = portColon < 0 ? null : rest.substring(portColon + 1);
        boolean wildcard = hostPart.startsWith("*.");
        String host = wildcard ? hostPart.substring(1) : hostPart;
        if (host.indexOf('*') >= 0) {
            throw new IllegalArgumentException("origin pattern " + quoted + " has a wildcard that is not one "
                    + "whole leftmost label; write it as \"" + scheme + "://*.example.com\", where * stands "
                    + "for one or more labels");
        }
        String checkedHost = wildcard ? "x" + host : host;
        if (host.isEmpty() || Origins.hostEnd(checkedHost, 0) != checkedHost.length() || host.endsWith(".")
                || (wildcard && host.length() < 2)) {
            String lower = hostPart.toLowerCase(Locale.ROOT);
            String hint = lower.equals(hostPart) ? "" : " (browsers send hosts in lower case: \"" + lower + "\")";
            throw new IllegalArgumentException("origin pattern " + quoted + " has host \"" + hostPart
                    + "\", which is not a lower-case host name, IP address or \"*.\" followed by a domain"
                    + hint + ", or it has a path or a trailing slash");
        }
        boolean anyPort = false;
        int[] ports = new int[0];
        if (portPart != null) {
            if (portPart.equals("[*]")) {
                anyPort = true;
            } else {
                String list = portPart.startsWith("[") && portPart.endsWith("]")
                        ? portPart.substring(1, portPart.length() - 1) : portPart;
                String[] items = list.split(",", -1);
                ports = new int[items.length];
                for (int i = 0; i < items.length; i++) {
                    String item = items[i].strip();
                    int port = Origins.portValue(item, 0, item.length());
                    if (port < 0 || (item.length() > 1 && item.charAt(0) == '0')) {
                        throw new IllegalArgumentException("origin pattern " + quoted + " has a malformed "
                                + "port list; write one port (\":8080\"), a list (\":[8080,8443]\") or any "
                                + "port (\":[*]\")");
                    }
                    if (port == Origins.defaultPort(scheme)) {
                        throw new IllegalArgumentException("origin pattern " + quoted + " lists port " + port
                                + ", the default port of " + scheme + ", which browsers never send; leave "
                                + "the port out to allow it");
                    }
                    if (Origins.isBadPort(port) && !scheme.equals("ftp")) {
                        throw new IllegalArgumentException("origin pattern " + quoted + " lists port " + port + ", "
                                + (port == 0 ? "which no page is ever served from" : "a port on the Fetch "
                                + "standard's list of bad ports, which browsers refuse to load anything from")
                                + ", so no origin on it can ever call. Remove it");
                    }
                    ports[i] = port;
                }
                Arrays.sort(ports);
            }
        }
        return new OriginPattern(pattern, scheme + "://", host, wildcard, anyPort, ports);
    }

    /**
     * The host part of a pattern or an origin as {@link #parse} splits it, unchecked: what follows
     * {@code ://} (all of it without one) up to its port ({@code *.example.com} of
     * {@code https://*.example.com:[8080]}, {@code *} of {@code https://*}, {@code [::1]} of
     * {@code http://[::1]:3000}). For rules about a value's host that hold whether or not it parses.
     */
    public static String hostPart(String value) {
        int schemeEnd = value.indexOf("://");
        String rest = schemeEnd < 0 ? value : value.substring(schemeEnd + 3);
        int portColon = portColon(rest);
        return portColon < 0 ? rest : rest.substring(0, portColon);
    }

    /** The colon before the port list ({@code :[}) or port of {@code host[:ports]}, outside IPv6 brackets; -1 for none. */
    private static int portColon(String rest) {
        int bracket = rest.indexOf(":[");
        if (bracket >= 0) {
            return bracket;
        }
        return rest.startsWith("[") ? rest.indexOf(':', Math.max(0, rest.indexOf(']'))) : rest.indexOf(':');
    }

    /**
     * Whether a request {@code Origin} value matches: it must be an origin as browsers serialize it
     * ({@link Origins#isSerialized}) and one this pattern covers. Checked in one pass, without parsing
     * the whole grammar first: the scheme, the suffix or exact host and the port list are the
     * pattern's own, already valid, so only the wildcard's labels and the port digits are checked
     * character by character. Allocates nothing.
     */
    boolean matches(String origin) {
        if (origin == null) {
            return false;
        }
        int n = origin.length();
        int hostStart = schemePrefix.length();
        if (n <= hostStart || n > Origins.MAX_LENGTH || !origin.startsWith(schemePrefix)) {
            return false;
        }
        int hostEnd;
        if (wildcard) {
            hostEnd = origin.indexOf(':', hostStart);
            if (hostEnd < 0) {
                hostEnd = n;
            }
            int suffixStart = hostEnd - host.length();
            // at least one whole label in front of the suffix, whose leading dot ends that label; the
            // suffix is the pattern's own, so only the labels in front of it need checking
            if (suffixStart <= hostStart || !origin.startsWith(host, suffixStart) || !isLabels(origin, hostStart, suffixStart)) {
                return false;
            }
        } else {
            hostEnd = hostStart + host.length();
            if (!origin.startsWith(host, hostStart)) {
                return false;
            }
        }
        if (hostEnd == n) {
            return anyPort || ports.length == 0;
        }
        if (origin.charAt(hostEnd) != ':' || !(anyPort || ports.length > 0)) {
            return false;
        }
        int portStart = hostEnd + 1;
        int port = Origins.portValue(origin, portStart, n);
        // browsers write ports without leading zeros and leave the default port out
        if (port < 0 || (origin.charAt(portStart) == '0' && n - portStart > 1)) {
            return false;
        }
        return anyPort ? port != defaultPort : Arrays.binarySearch(ports, port) >= 0;
    }

    /**
     * Whether {@code s[from, to)} is host labels as browsers serialize them: lower-case letters,
     * digits and {@code '-'}, separated by single dots, none empty.
     */
    private static boolean isLabels(String s, int from, int to) {
        return to > from && Origins.labelsEnd(s, from, to) == to && s.charAt(to - 1) != '.';
    }

    /** The domain a wildcard pattern stands in front of ({@code example.com}), or {@code null}. */
    public String wildcardDomain() {
        return wildcard ? host.substring(1) : null;
    }

    /** The scheme, lower case, without {@code ://}. */
    public String scheme() {
        return schemePrefix.substring(0, schemePrefix.length() - 3);
    }

    @Override
    public String toString() {
        return source;
    }
}
