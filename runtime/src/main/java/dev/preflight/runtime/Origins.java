package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

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
    static boolean isSerialized(String s) {
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
        return port != defaultPort(s, schemeLength);
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
        int i = labelsEnd(s, from, n);
        if (i < 0 || (i < n && s.charAt(i) != ':')) {
            return -1;
        }
        // a trailing dot is part of a serialized host; an empty host is not
        return i == from ? -1 : i;
    }

    /**
     * Where the host labels as browsers serialize them (lower-case letters, digits and {@code '-'},
     * separated by single dots) that start at {@code from} end: the index of the first other character,
     * or {@code to}; -1 when a label before a dot is empty. The last label may be empty: a trailing dot
     * belongs to a serialized host, and a pattern's labels are followed by the dot of its domain.
     */
    static int labelsEnd(String s, int from, int to) {
        int labelStart = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (i == labelStart) {
                    return -1;
                }
                labelStart = i + 1;
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return i;
            }
        }
        return to;
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

    /** The port a scheme uses when an origin names none, or -1; the scheme's case does not matter. */
    static int defaultPort(String scheme) {
        return defaultPort(scheme, scheme.length());
    }

    /**
     * The default port of the scheme {@code s[0, schemeLength)}, compared ignoring ASCII case, or -1:
     * the one table of them, read in place.
     */
    static int defaultPort(String s, int schemeLength) {
        switch (schemeLength) {
            case 2:
                return s.regionMatches(true, 0, "ws", 0, 2) ? 80 : -1;
            case 3:
                return s.regionMatches(true, 0, "wss", 0, 3) ? 443 : s.regionMatches(true, 0, "ftp", 0, 3) ? 21 : -1;
            case 4:
                return s.regionMatches(true, 0, "http", 0, 4) ? 80 : -1;
            case 5:
                return s.regionMatches(true, 0, "https", 0, 5) ? 443 : -1;
            default:
                return -1;
        }
    }

    /**
     * What is wrong with an origin written in a policy, or {@code null} when a browser could send it
     * exactly so. Checks one origin; {@code "*"} is the caller's business. A host that is not plain
     * ASCII is reported without a fix: its ASCII form needs UTS #46, which the processor passes to
     * {@link #problemWith(String, UnaryOperator)}.
     */
    static OriginProblem problemWith(String origin) {
        return problemWith(origin, null);
    }

    /**
     * What is wrong with an origin written in a policy, judged as the WHATWG URL standard parses a URL
     * and serializes its origin, or {@code null} when a browser could send it exactly so.
     *
     * @param domainToAscii UTS #46 ToASCII as the URL standard's domain to ASCII calls it
     *     (nontransitional, CheckBidi, CheckJoiners, no CheckHyphens, no STD3 rules, no DNS length
     *     check), returning {@code null} when it fails; {@code null} to check ASCII hosts only
     */
    public static OriginProblem problemWith(String origin, UnaryOperator<String> domainToAscii) {
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
            // the URL parser strips C0 controls and spaces at both ends and drops tabs and newlines; what
            // follows the host does not matter to the origin
            String authority = withoutPath(urlCleanup(origin));
            int at = authority.lastIndexOf('@');
            int hostStart = authority.indexOf("://") + 3;
            String cleaned = at < hostStart ? authority : authority.substring(0, hostStart) + authority.substring(at + 1);
            String fix = hasSpaceOrControl(cleaned) ? null : fixOf(cleaned, domainToAscii);
            return OriginProblem.malformed("origin " + quoted + " contains whitespace or a control "
                    + "character; browsers never send one, so this never matches"
                    + (fix != null && at >= hostStart ? ". It also has userinfo: mind that the host of this URL is what follows the @" : "")
                    + (fix == null ? "" : ". Use \"" + fix + "\""), fix);
        }
        if (origin.indexOf('*') >= 0) {
            boolean pattern;
            try {
                OriginPattern.parse(origin);
                pattern = true;
            } catch (IllegalArgumentException e) {
                pattern = false;
            }
            return OriginProblem.malformed("origin " + quoted + " contains a wildcard; origins are "
                    + "compared exactly. " + (pattern ? "Put patterns in originPatterns, for example originPatterns = "
                    + quoted : "Put patterns in originPatterns, such as \"https://*.example.com\"")
                    + ", or use origins = \"*\" for any origin");
        }
        int colon = origin.indexOf(':');
        if (colon > 0 && isScheme(origin, colon) && !origin.startsWith("://", colon)
                && isSpecial(origin.substring(0, colon).toLowerCase(Locale.ROOT))) {
            // https:/host, https:\\host, https:host: a browser reads all of them as https://host
            int slashes = colon + 1;
            while (slashes < origin.length() && (origin.charAt(slashes) == '/' || origin.charAt(slashes) == '\\')) {
                slashes++;
            }
            String fixed = origin.substring(0, colon) + "://" + origin.substring(slashes);
            return OriginProblem.malformed("origin " + quoted + " does not have \"//\" after its scheme; "
                    + "browsers always write it, so this never matches" + useCanonical(fixed, domainToAscii),
                    fixOf(fixed, domainToAscii));
        }
        int schemeEnd = origin.indexOf("://");
        if (schemeEnd <= 0 || !isScheme(origin, schemeEnd)) {
            String fixed = "https://" + origin.substring(schemeEnd < 0 ? 0 : schemeEnd + 3).replaceAll("[/?#].*$", "");
            return OriginProblem.malformed("origin " + quoted + " has no scheme; browsers always send one, "
                    + "so this never matches" + useCanonical(fixed, domainToAscii), fixOf(fixed, domainToAscii));
        }
        String scheme = origin.substring(0, schemeEnd);
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean special = isSpecial(lowerScheme);
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < origin.length() && "/?#".indexOf(origin.charAt(authorityEnd)) < 0
                && !(special && origin.charAt(authorityEnd) == '\\')) {
            authorityEnd++;
        }
        String authority = origin.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            // the host of such a URL is what follows the @ (https://app.example.com@evil.com is evil.com):
            // say so, so that the suggestion is not copied blindly
            String fixed = scheme + "://" + authority.substring(at + 1);
            return OriginProblem.malformed("origin " + quoted + " has userinfo (user@); browsers never send "
                    + "credentials in an origin, so this never matches. Mind that the host of this URL is what "
                    + "follows the @" + useCanonical(fixed, domainToAscii), fixOf(fixed, domainToAscii));
        }
        // the host ends at the first colon outside brackets, as in the URL standard's host state
        int portColon = -1;
        boolean inBrackets = false;
        for (int i = 0; i < authority.length(); i++) {
            char c = authority.charAt(i);
            if (c == '[') {
                inBrackets = true;
            } else if (c == ']') {
                inBrackets = false;
            } else if (c == ':' && !inBrackets) {
                portColon = i;
                break;
            }
        }
        String host = portColon < 0 ? authority : authority.substring(0, portColon);
        String port = portColon < 0 ? null : authority.substring(portColon + 1);
        if (host.isEmpty()) {
            return OriginProblem.malformed("origin " + quoted + " has an empty host; write it as "
                    + "scheme://host[:port], for example \"https://app.example.com\"");
        }
        if (host.startsWith("[") && host.indexOf(']') < 0) {
            return OriginProblem.malformed("origin " + quoted + " has an unclosed IPv6 literal");
        }
        if (host.startsWith("[") && !host.endsWith("]")) {
            return OriginProblem.malformed("origin " + quoted + " has characters after its IPv6 host");
        }
        int portNumber = port == null || port.isEmpty() ? -1 : urlPort(port);
        if (port != null && !port.isEmpty() && portNumber < 0) {
            return OriginProblem.malformed("origin " + quoted + " has port \"" + port + "\", which is not a "
                    + "number from 0 to 65535, so browsers reject it");
        }
        UrlHosts.Result parsed = UrlHosts.parse(host, domainToAscii);
        if (parsed.needsAscii()) {
            return new OriginProblem(OriginProblem.Kind.NOT_SERIALIZED, "origin " + quoted + " has a host that "
                    + "is not plain ASCII; browsers send its ASCII (punycode) form as UTS #46 maps it, so this "
                    + "never matches. Write that form (the build names it)");
        }
        if (parsed.host() == null) {
            return OriginProblem.malformed("origin " + quoted + " has host \"" + host + "\", which browsers "
                    + "reject: " + parsed.error());
        }
        int defaultPort = defaultPort(lowerScheme);
        StringBuilder canonicalBuilder = new StringBuilder(lowerScheme).append("://").append(parsed.host());
        if (portNumber >= 0 && portNumber != defaultPort) {
            canonicalBuilder.append(':').append(portNumber);
        }
        String canonical = canonicalBuilder.toString();
        if (portNumber >= 0 && portNumber != defaultPort && isFetchScheme(lowerScheme) && isBadPort(portNumber)) {
            return OriginProblem.malformed("origin " + quoted + " has port " + portNumber + ", " + (portNumber == 0
                    ? "which no page is ever served from" : "a port on the Fetch standard's list of bad ports, which "
                    + "browsers refuse to load anything from") + ", so no page can have this origin");
        }
        if (authorityEnd < origin.length()) {
            String rest = origin.substring(authorityEnd);
            String what = rest.equals("/") ? "a trailing slash"
                    : rest.charAt(0) == '?' ? "a query" : rest.charAt(0) == '#' ? "a fragment" : "a path";
            return OriginProblem.malformed("origin " + quoted + " has " + what + "; browsers send origins "
                    + "without one, so this never matches" + useCanonical(canonical, domainToAscii),
                    fixOf(canonical, domainToAscii));
        }
        if (!origin.equals(canonical)) {
            return new OriginProblem(OriginProblem.Kind.NOT_SERIALIZED, "origin " + quoted + " is not written "
                    + "the way browsers send it (" + differences(scheme, host, parsed.host(), port, portNumber)
                    + "), so this never matches. Use \"" + canonical + "\"",
                    canonical);
        }
        return null;
    }

    /** The schemes the URL standard parses hosts of as domains and IP addresses, with default ports. */
    private static boolean isSpecial(String scheme) {
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("ws") || scheme.equals("wss")
                || scheme.equals("ftp");
    }

    /** The schemes whose bad ports the Fetch standard refuses. */
    private static boolean isFetchScheme(String scheme) {
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("ws") || scheme.equals("wss");
    }

    /** The Fetch standard's bad ports (port blocking), 0 included: browsers load nothing from them. */
    private static final int[] BAD_PORTS = {0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53,
        69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161,
        179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989,
        990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
        6669, 6679, 6697, 10080};

    /**
     * Whether the host of a configured origin or pattern ({@link OriginPattern#hostPart}) never leaves
     * the machine: {@code localhost} and the names under it (a pattern's {@code *.localhost} too), an
     * IPv4 address in {@code 127.0.0.0/8}, or {@code [::1]}. A domain such as {@code 127.example.com} is
     * none of them: only a host that ends in a number is an IPv4 address.
     */
    public static boolean isLoopbackHost(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || (host.startsWith("127.") && UrlHosts.endsInANumber(host));
    }

    /** Whether the Fetch standard blocks {@code port}. */
    public static boolean isBadPort(int port) {
        return java.util.Arrays.binarySearch(BAD_PORTS, port) >= 0;
    }

    /** A port as the URL standard reads it: ASCII digits, any number of them, at most 65535; else -1. */
    private static int urlPort(String port) {
        int value = 0;
        for (int i = 0; i < port.length(); i++) {
            char c = port.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
            if (value > 65535) {
                return -1;
            }
        }
        return value;
    }

    /** {@code s} up to the end of its authority: without path, query or fragment. */
    private static String withoutPath(String s) {
        int start = s.indexOf("://");
        if (start < 0) {
            return s;
        }
        int end = start + 3;
        while (end < s.length() && "/?#\\".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return s.substring(0, end);
    }

    /** What the URL parser does to its input first: strip C0 controls and spaces at both ends, drop tabs and newlines. */
    private static String urlCleanup(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) <= 0x20) {
            from++;
        }
        while (to > from && s.charAt(to - 1) <= 0x20) {
            to--;
        }
        return s.substring(from, to).replaceAll("[\t\n\r]", "");
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
        char first = s.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
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

    private static String differences(String scheme, String host, String canonicalHost, String port, int portNumber) {
        List<String> why = new ArrayList<>();
        if (!scheme.equals(scheme.toLowerCase(Locale.ROOT)) || !host.equals(host.toLowerCase(Locale.ROOT))) {
            why.add("upper case");
        }
        String lowerHost = host.toLowerCase(Locale.ROOT);
        if (!lowerHost.equals(canonicalHost)) {
            if (host.startsWith("[")) {
                why.add("an IPv6 address not in the compressed form browsers write");
            } else if (canonicalHost.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')
                    && UrlHosts.endsInANumber(canonicalHost)) {
                why.add("an IPv4 address in a notation browsers rewrite to four decimal numbers");
            } else if (host.indexOf('%') >= 0) {
                why.add("a percent-encoded host, which browsers decode");
            } else if (!host.chars().allMatch(c -> c < 0x80)) {
                why.add("an international name, which browsers send in its ASCII form as UTS #46 maps it");
            } else {
                why.add("a host browsers write differently");
            }
        }
        if (port != null) {
            if (port.isEmpty()) {
                why.add("an empty port, which browsers leave out");
            } else if (portNumber == defaultPort(scheme)) {
                why.add("the default port " + port);
            } else if (port.length() > 1 && port.charAt(0) == '0') {
                why.add("a port with leading zeros");
            }
        }
        return why.isEmpty() ? "not canonical" : String.join(", ", why);
    }

    /** The canonical origin to write instead of {@code candidate}, or {@code null} when there is none. */
    private static String fixOf(String candidate, UnaryOperator<String> domainToAscii) {
        if (candidate == null || candidate.indexOf("://") <= 0) {
            return null;
        }
        OriginProblem p = problemWith(candidate, domainToAscii);
        return p == null ? candidate : p.fix();
    }

    private static String useCanonical(String candidate, UnaryOperator<String> domainToAscii) {
        String fix = fixOf(candidate, domainToAscii);
        return fix == null ? "" : ". Use \"" + fix + "\"";
    }
}
