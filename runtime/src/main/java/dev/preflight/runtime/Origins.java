package dev.preflight.runtime;

import java.net.IDN;
import java.util.Locale;

/**
 * The grammar of serialized origins (Fetch standard, {@code serialized-origin}), shared by the
 * processor, which checks configured origins with {@link #problemWith(String)}, and the runtime,
 * which checks request {@code Origin} headers with {@link #isSerialized(String)}.
 */
public final class Origins {
    /** Longest {@code Origin} header value looked at; browsers never send more than a few hundred. */
    static final int MAX_LENGTH = 2048;

    private Origins() {
    }

    /**
     * Whether {@code s} is an origin as a browser serializes it: a lower-case scheme, {@code ://}, a
     * lower-case host name, IPv4 address or bracketed IPv6 address, and an optional port other than
     * the scheme's default, without leading zeros. Anything else (a path, userinfo, upper case,
     * whitespace, {@code null}, {@code :443} on https) is not something a browser sends for a CORS
     * request.
     */
    public static boolean isSerialized(String s) {
        if (s == null) {
            return false;
        }
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        int i = 0;
        char c = s.charAt(i++);
        if (c < 'a' || c > 'z') {
            return false;
        }
        while (i < n && s.charAt(i) != ':') {
            c = s.charAt(i++);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        if (!s.startsWith("://", i)) {
            return false;
        }
        int schemeLength = i;
        i += 3;
        int hostEnd = hostEnd(s, i);
        if (hostEnd < 0) {
            return false;
        }
        if (hostEnd == n) {
            return true;
        }
        return s.charAt(hostEnd) == ':' && isSerializedPort(s, schemeLength, hostEnd + 1, n);
    }

    /**
     * Whether {@code s[from, to)} is a port as browsers serialize it: no leading zero, and never the
     * default port of the scheme {@code s[0, schemeLength)}, which they leave out.
     */
    private static boolean isSerializedPort(String s, int schemeLength, int from, int to) {
        int port = portValue(s, from, to);
        if (port < 0 || (s.charAt(from) == '0' && to - from > 1)) {
            return false;
        }
        switch (schemeLength) {
            case 2:
                return !(port == 80 && s.startsWith("ws"));
            case 3:
                return !(port == 443 && s.startsWith("wss")) && !(port == 21 && s.startsWith("ftp"));
            case 4:
                return !(port == 80 && s.startsWith("http"));
            case 5:
                return !(port == 443 && s.startsWith("https"));
            default:
                return true;
        }
    }

    /**
     * End of the serialized host starting at {@code from}: the index of the {@code ':'} before the
     * port or the string's end; -1 when the host is not serialized.
     */
    static int hostEnd(String s, int from) {
        int n = s.length();
        if (from >= n) {
            return -1;
        }
        if (s.charAt(from) == '[') {
            int close = s.indexOf(']', from);
            if (close < from + 3) {
                return -1;
            }
            for (int i = from + 1; i < close; i++) {
                char c = s.charAt(i);
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.')) {
                    return -1;
                }
            }
            return close + 1;
        }
        int labelStart = from;
        int i = from;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                break;
            }
            if (c == '.') {
                if (i == labelStart) {
                    return -1;
                }
                labelStart = i + 1;
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return -1;
            }
        }
        // a trailing dot is part of a serialized host; an empty host is not
        return i == from ? -1 : i;
    }

    /** Whether {@code s[from, to)} is a port: one to five digits, at most 65535. */
    static boolean isPort(String s, int from, int to) {
        return portValue(s, from, to) >= 0;
    }

    /** The port in {@code s[from, to)}, or -1 when it is not one to five digits up to 65535. */
    static int portValue(String s, int from, int to) {
        if (to <= from || to - from > 5) {
            return -1;
        }
        int port = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            port = port * 10 + (c - '0');
        }
        return port <= 65535 ? port : -1;
    }

    /** The port a scheme uses when an origin names none, or -1. */
    public static int defaultPort(String scheme) {
        switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http":
            case "ws":
                return 80;
            case "https":
            case "wss":
                return 443;
            case "ftp":
                return 21;
            default:
                return -1;
        }
    }

    /**
     * What is wrong with an origin written in a policy, or {@code null} when a browser could send it
     * exactly so. Checks one origin; {@code "*"} is the caller's business.
     */
    public static OriginProblem problemWith(String origin) {
        if (origin == null || origin.isEmpty()) {
            return OriginProblem.malformed("origin \"\" is empty; write it as scheme://host[:port], "
                    + "for example \"https://app.example.com\"");
        }
        if (origin.equals("null")) {
            return new OriginProblem(OriginProblem.Kind.NULL_ORIGIN, "origin \"null\" is sent by sandboxed "
                    + "documents, file: pages and redirected requests from any site; trusting it trusts "
                    + "everyone. Name the real origins instead");
        }
        if (origin.length() > MAX_LENGTH) {
            return OriginProblem.malformed("origin \"" + origin.substring(0, 40) + "...\" is " + origin.length()
                    + " characters long; Origin headers longer than " + MAX_LENGTH + " are refused at run time, "
                    + "so this never matches");
        }
        String quoted = '"' + origin + '"';
        if (hasSpaceOrControl(origin)) {
            String stripped = origin.strip();
            return OriginProblem.malformed("origin " + quoted + " contains whitespace or a control "
                    + "character; browsers never send one, so this never matches"
                    + (hasSpaceOrControl(stripped) ? "" : useCanonical(stripped)));
        }
        if (origin.indexOf('*') >= 0) {
            return OriginProblem.malformed("origin " + quoted + " contains a wildcard; origins are "
                    + "compared exactly. Put patterns in originPatterns, for example originPatterns = "
                    + quoted + ", or use origins = \"*\" for any origin");
        }
        int schemeEnd = origin.indexOf("://");
        if (schemeEnd <= 0 || !isScheme(origin, schemeEnd)) {
            return OriginProblem.malformed("origin " + quoted + " has no scheme; browsers always send one, "
                    + "so this never matches" + useCanonical("https://" + origin.substring(schemeEnd < 0 ? 0 : schemeEnd + 3)
                    .replaceAll("[/?#].*$", "")));
        }
        String scheme = origin.substring(0, schemeEnd);
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < origin.length() && "/?#".indexOf(origin.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = origin.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            // the host of such a URL is what follows the @ (https://app.example.com@evil.com is evil.com):
            // say so, so that the suggestion is not copied blindly
            return OriginProblem.malformed("origin " + quoted + " has userinfo (user@); browsers never send "
                    + "credentials in an origin, so this never matches. Mind that the host of this URL is what "
                    + "follows the @" + useCanonical(scheme + "://" + authority.substring(at + 1)));
        }
        String host;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return OriginProblem.malformed("origin " + quoted + " has an unclosed IPv6 literal");
            }
            host = authority.substring(0, close + 1);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    return OriginProblem.malformed("origin " + quoted + " has characters after its IPv6 host");
                }
                port = after.substring(1);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            return OriginProblem.malformed("origin " + quoted + " has an empty host; write it as "
                    + "scheme://host[:port], for example \"https://app.example.com\"");
        }
        if (port != null && portValue(port, 0, port.length()) < 0) {
            return OriginProblem.malformed("origin " + quoted + " has port \"" + port + "\", which is not a "
                    + "number from 0 to 65535");
        }
        String canonical = canonical(scheme, host, port);
        if (canonical == null) {
            return OriginProblem.malformed("origin " + quoted + " has host \"" + host + "\", which is not a "
                    + "valid host name or IP address");
        }
        if (authorityEnd < origin.length()) {
            String rest = origin.substring(authorityEnd);
            String what = rest.equals("/") ? "a trailing slash"
                    : rest.charAt(0) == '?' ? "a query" : rest.charAt(0) == '#' ? "a fragment" : "a path";
            return OriginProblem.malformed("origin " + quoted + " has " + what + "; browsers send origins "
                    + "without one, so this never matches" + useCanonical(canonical));
        }
        if (!origin.equals(canonical)) {
            return new OriginProblem(OriginProblem.Kind.NOT_SERIALIZED, "origin " + quoted + " is not written "
                    + "the way browsers send it (" + differences(scheme, host, port) + "), so this never "
                    + "matches" + useCanonical(canonical));
        }
        return null;
    }

    private static boolean hasSpaceOrControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isScheme(String s, int end) {
        if (!Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    /** The origin as a browser serializes it, or {@code null} when the host is not valid. */
    private static String canonical(String scheme, String host, String port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        String canonicalHost;
        if (host.startsWith("[")) {
            canonicalHost = host.toLowerCase(Locale.ROOT);
            if (hostEnd(canonicalHost, 0) != canonicalHost.length()) {
                return null;
            }
        } else {
            String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            try {
                canonicalHost = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (hostEnd(canonicalHost, 0) != canonicalHost.length() || canonicalHost.endsWith(".")) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder(lowerScheme).append("://").append(canonicalHost);
        if (port != null) {
            int p = portValue(port, 0, port.length());
            if (p != defaultPort(lowerScheme)) {
                sb.append(':').append(p);
            }
        }
        return sb.toString();
    }

    private static String differences(String scheme, String host, String port) {
        StringBuilder why = new StringBuilder();
        if (!scheme.equals(scheme.toLowerCase(Locale.ROOT)) || !host.equals(host.toLowerCase(Locale.ROOT))) {
            why.append("upper case");
        }
        if (host.endsWith(".")) {
            why.append(why.length() > 0 ? ", " : "").append("a trailing dot");
        }
        if (port != null) {
            int p = portValue(port, 0, port.length());
            if (p == defaultPort(scheme)) {
                why.append(why.length() > 0 ? ", " : "").append("the default port ").append(port);
            } else if (port.length() > 1 && port.charAt(0) == '0') {
                why.append(why.length() > 0 ? ", " : "").append("a port with leading zeros");
            }
        }
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) > 127) {
                why.append(why.length() > 0 ? ", " : "").append("a non-ASCII host, which browsers send in punycode");
                break;
            }
        }
        return why.length() == 0 ? "not canonical" : why.toString();
    }

    private static String useCanonical(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return "";
        }
        if (candidate.indexOf("://") <= 0) {
            return "";
        }
        OriginProblem p = problemWith(candidate);
        if (p == null) {
            return ". Use \"" + candidate + "\"";
        }
        if (p.kind() == OriginProblem.Kind.NOT_SERIALIZED) {
            // its message ends with the canonical form, found the same way
            int use = p.message().lastIndexOf(". Use \"");
            return use < 0 ? "" : p.message().substring(use);
        }
        return "";
    }
}
