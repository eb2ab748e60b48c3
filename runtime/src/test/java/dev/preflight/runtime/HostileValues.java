package dev.preflight.runtime;

import static dev.preflight.runtime.Gen.concat;
import static dev.preflight.runtime.Gen.frequency;
import static dev.preflight.runtime.Gen.of;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generators of hostile request values, and an oracle for the origins browsers send, written from the
 * Fetch standard rather than from the runtime's code. Shared with the integration tests (test-jar),
 * which send the same values to real servers.
 */
public final class HostileValues {
    /** The runtime's limits on {@code Access-Control-Request-Headers}, for the integration tests' oracle. */
    public static final int MAX_REQUEST_HEADERS_LENGTH = CorsPolicy.MAX_REQUEST_HEADERS_LENGTH;
    public static final int MAX_REQUEST_HEADER_NAMES = CorsPolicy.MAX_REQUEST_HEADER_NAMES;

    /** serialized-origin: scheme "://" host [":" port], lower case. */
    private static final Pattern SERIALIZED = Pattern.compile(
            "([a-z][a-z0-9+.-]*)://(?:[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.?|\\[[0-9a-f:.]{2,}\\])(?::(0|[1-9][0-9]{0,4}))?");
    private static final Pattern SUBDOMAIN_OF_EXAMPLE = Pattern.compile("https://[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.example\\.com");
    private static final Pattern LOCALHOST_ANY_PORT = Pattern.compile("http://localhost(?::[0-9]+)?");
    /** RFC 9110 token. */
    public static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Characters an attacker puts after a host to get past a prefix check. */
    public static final List<String> AFTER_HOST = List.of("_", "`", "%60", "!", "$", "&", "'", "(", ")", "*", "+",
            ",", ";", "=", "~", "@", "#", "?", "/", "\\", "|", "^", "{", ":", "[", "\"", "<");

    private HostileValues() {
    }

    /**
     * Whether a browser could send {@code s} as an {@code Origin}: the serialized-origin grammar, no
     * default port, no leading zero, at most {@link Origins#MAX_LENGTH} characters (the runtime's
     * documented limit).
     */
    public static boolean isSerializedOrigin(String s) {
        if (s.length() > Origins.MAX_LENGTH) {
            return false;
        }
        Matcher m = SERIALIZED.matcher(s);
        if (!m.matches()) {
            return false;
        }
        if (m.group(2) == null) {
            return true;
        }
        int port = Integer.parseInt(m.group(2));
        int defaultPort = switch (m.group(1)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            default -> -1;
        };
        return port <= 65535 && port != defaultPort;
    }

    /** Whether {@code https://*.example.com} must allow {@code origin}. */
    public static boolean isSubdomainOfExampleCom(String origin) {
        return isSerializedOrigin(origin) && SUBDOMAIN_OF_EXAMPLE.matcher(origin).matches();
    }

    /** Whether {@code http://localhost:[*]} must allow {@code origin}. */
    public static boolean isLocalhostOnAnyPort(String origin) {
        return isSerializedOrigin(origin) && LOCALHOST_ANY_PORT.matcher(origin).matches();
    }

    /** The Fetch standard's list: split on commas, SP and HTAB trimmed, empty elements dropped. */
    public static List<String> listElements(List<String> lines) {
        return lines.stream()
                .flatMap(line -> Arrays.stream(line.split(",", -1)))
                .map(item -> item.replaceAll("^[ \t]+|[ \t]+$", ""))
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** Origins, near misses of origins, and junk: the values an attacker would try. */
    public static Gen<String> origins() {
        return frequency(6, builtOrigins(), 3, mutatedOrigins(), 1, hostileText());
    }

    /** Scheme, separator, host, port and a tail, each usually right and sometimes subtly wrong. */
    public static Gen<String> builtOrigins() {
        Gen<String> scheme = frequency(
                8, of("https"),
                4, of("http"),
                3, of("HTTPS", "Https", "wss", "ws", "ftp", "javascript", "", "h\u0000ttps", "https\u200b", "web+app"),
                1, Gen.strings("abcdefghijklmnopqrstuvwxyzABC", 1, 8));
        Gen<String> separator = frequency(12, of("://"), 1, of(":/", "//", ":///", "", ":\\\\", ": //", "://\r\n"));
        Gen<String> host = frequency(
                4, of("app.example.com", "evilapp.example.com", "example.com", "a.b.example.com", "localhost",
                        "127.0.0.1", "[::1]", "xn--bcher-kva.example.com", "b\u00fccher.example.com",
                        "\u0430pp.example.com", "APP.example.com", "app.EXAMPLE.com", "app.example.com.",
                        "app.example.com.evil.com", "evil-example.com", "appxexample.com", "example.com.evil.com",
                        "user@app.example.com", "app.example.com@evil.com", ".example.com", "a..example.com",
                        "*.example.com", "app.example.com\u0000.evil.com", "app.example.co\u1e3f"),
                3, labels());
        Gen<String> port = frequency(
                8, of(""),
                3, of(":443", ":80", ":8080", ":8443", ":0", ":08080", ":65535", ":65536", ":", ":3000", "::80",
                        ":8080:8080", ": 8080"),
                1, Gen.strings("0123456789", 1, 7).map(d -> ":" + d));
        Gen<String> tail = frequency(
                10, of(""),
                2, Gen.ofList(AFTER_HOST),
                2, of("/", "/path", "?q=1", "#f", " ", "\t", "\r\n", "\u0000", ".evil.com", "@evil.com", "`.evil.com",
                        "%60.evil.com", "\u00a0", "\u2028", ", https://evil.com"));
        return concat(scheme, separator, host, port, tail);
    }

    /** DNS-ish labels joined by dots, mostly lower-case letters, digits and hyphens. */
    private static Gen<String> labels() {
        Gen<String> label = frequency(
                12, Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789-", 1, 10),
                1, Gen.strings("aZ_-!$&'()*+,;=~`%\u00e9\u0430 ", 0, 4));
        Gen<String> dotted = label.list(1, 4).map(ls -> String.join(".", ls));
        return concat(dotted, of("", ".example.com", ".example.com", ".com", ".evil.com"));
    }

    /** An allowed origin with one character inserted, dropped, changed in case or doubled. */
    public static Gen<String> mutatedOrigins() {
        Gen<String> base = of("https://app.example.com", "https://api.example.com", "http://localhost:3000");
        Gen<String> inserted = frequency(3, Gen.strings(" \t\r\n\u0000.:/@_`%!$&'()*+,;=~-", 1, 1), 1, Gen.anyChars(1));
        return random -> {
            String origin = base.next(random);
            int i = random.nextInt(origin.length() + 1);
            return switch (random.nextInt(4)) {
                case 0 -> origin.substring(0, i) + inserted.next(random) + origin.substring(i);
                case 1 -> i < origin.length() ? origin.substring(0, i) + origin.substring(i + 1) : origin;
                case 2 -> i < origin.length()
                        ? origin.substring(0, i) + origin.substring(i, i + 1).toUpperCase(Locale.ROOT) + origin.substring(i + 1)
                        : origin.toUpperCase(Locale.ROOT);
                default -> i < origin.length() ? origin.substring(0, i + 1) + origin.substring(i) : origin + origin;
            };
        };
    }

    /** Anything at all: any characters, controls, and huge values (64 KiB, thousands of commas). */
    public static Gen<String> hostileText() {
        return frequency(
                3, Gen.anyChars(40),
                3, Gen.strings(" \t\r\n\u0000,;:=\"'\\/<>%*\u00e9\u00ff\u0100\ud83d\ude00abc", 0, 40),
                1, huge(),
                1, of("", "null", "*", "undefined", "file://", "https://", "%00", "\r\n\r\n"));
    }

    /** Values of up to 64 KiB: one character repeated, or thousands of commas. */
    public static Gen<String> huge() {
        return frequency(
                1, Gen.repeated("a", "", 1000, 65536),
                1, Gen.repeated("", ",", 1000, 65536),
                1, Gen.repeated(" ", ",", 1000, 30000),
                1, Gen.repeated("\u00e9", "", 1000, 65536));
    }

    /**
     * One {@code Access-Control-Request-Headers} line: header names (allowed, refused, {@code *},
     * non-tokens) between separators with empty elements and whitespace; sometimes absurdly long.
     */
    public static Gen<String> requestHeaderLine() {
        Gen<String> name = frequency(
                6, of("content-type", "Content-Type", "AUTHORIZATION", "authorization", "x-custom", "X-Requested-With",
                        "*", "x-*", "accept"),
                3, Gen.strings("!#$%&'*+.^_`|~-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 12),
                1, of("", " ", "x y", "x\u00e9", "x\u0000", "a:b", "a;b", "\"a\"", "a/b", "\u00a0a"));
        Gen<String> separator = frequency(8, of(",", ", "), 1, of(" ,", ",,", ",\t", " , , ", "\t,"));
        Gen<String> list = random -> String.join(separator.next(random), name.list(0, 70).next(random));
        return frequency(
                8, list,
                1, Gen.between(62, 67).map(n -> String.join(",", Collections.nCopies(n, "x-a"))),
                1, Gen.between(8180, 8200).map(n -> "x-" + "a".repeat(n - 2)),
                1, hostileText());
    }
}
