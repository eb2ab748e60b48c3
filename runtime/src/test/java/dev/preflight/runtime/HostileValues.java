package dev.preflight.runtime;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Generators of hostile request values (jqwik arbitraries), and an oracle for the origins browsers
 * send, written from the Fetch standard rather than from the runtime's code. Shared with the
 * integration tests (test-jar), which send the same values to real servers through {@link #forAll}.
 */
public final class HostileValues {
    /**
     * The seed of the values sent to servers. Fixed by default, so that a build (and CI) is
     * repeatable; {@code -Dpreflight.seed=N} replays a reported failure, {@code -Dpreflight.seed=random}
     * explores with a new seed each run. (The runtime's own properties run on jqwik's engine, which
     * takes the seed from {@code @Property}.)
     */
    public static final long SEED = seed();
    /** The seed of the runtime's {@code @Property} tests. */
    public static final String PROPERTY_SEED = "20261123";
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

    private static long seed() {
        String configured = System.getProperty("preflight.seed", PROPERTY_SEED);
        return configured.equals("random") ? new Random().nextLong() : Long.parseLong(configured);
    }

    /**
     * Checks {@code property} against {@code tries} values of {@code arbitrary} drawn with {@link #SEED};
     * a failure names the value, the try and the seed that reproduces it. For properties that need a
     * running server: a JUnit Jupiter test keeps the server's lifecycle (and Quarkus's), which jqwik's
     * own engine does not run.
     */
    public static <T> void forAll(int tries, Arbitrary<T> arbitrary, Consumer<T> property) {
        // sampleStream draws from this thread's jqwik source of randomness, seeded here; unlike a bare
        // generator, it also gives generators that jqwik memoizes (flatMap, frequencyOf) the context
        // they need outside a jqwik property
        SourceOfRandomness.create(Long.toString(SEED));
        Iterator<T> values = arbitrary.sampleStream().iterator();
        for (int i = 0; i < tries; i++) {
            T value = values.next();
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed on try " + (i + 1) + " of " + tries + " (-Dpreflight.seed="
                        + SEED + ") for " + printable(value) + ": " + e.getMessage(), e);
            }
        }
    }

    /** A value for a failure message: controls and non-ASCII escaped, long values cut. */
    public static String printable(Object value) {
        String s = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && i < 300; i++) {
            char c = s.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return out + (s.length() > 300 ? "... (" + s.length() + " chars)" : "");
    }

    /** Strings of {@code min} to {@code max} characters taken from {@code alphabet}. */
    public static Arbitrary<String> strings(String alphabet, int min, int max) {
        return Arbitraries.strings().withChars(alphabet).ofMinLength(min).ofMaxLength(max);
    }

    /** Strings of any UTF-16 code units, lone surrogates and controls included; half of them ASCII. */
    public static Arbitrary<String> anyChars(int max) {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u007f'), Arbitraries.chars().range('\u0000', '\uffff'))
                .list().ofMaxSize(max).map(HostileValues::join);
    }

    private static String join(List<Character> chars) {
        StringBuilder s = new StringBuilder(chars.size());
        chars.forEach(s::append);
        return s.toString();
    }

    /** The concatenation of one value of each part. */
    @SafeVarargs
    public static Arbitrary<String> concat(Arbitrary<String>... parts) {
        List<Arbitrary<String>> all = new java.util.ArrayList<>(parts.length);
        for (Arbitrary<String> part : parts) {
            all.add(part);
        }
        return Combinators.combine(all).as(values -> String.join("", values));
    }

    /** One of {@code arbitraries}, chosen with the weight given before it: {@code weighted(3, a, 1, b)}. */
    @SuppressWarnings("unchecked")
    public static <T> Arbitrary<T> weighted(Object... weightsAndArbitraries) {
        List<Tuple.Tuple2<Integer, Arbitrary<T>>> choices = new java.util.ArrayList<>();
        for (int i = 0; i < weightsAndArbitraries.length; i += 2) {
            choices.add(Tuple.of((Integer) weightsAndArbitraries[i], (Arbitrary<T>) weightsAndArbitraries[i + 1]));
        }
        return Arbitraries.frequencyOf(choices);
    }

    /** {@code n} copies of {@code unit} joined, {@code n} from {@code min} to {@code max}. */
    public static Arbitrary<String> repeated(String unit, String separator, int min, int max) {
        return Arbitraries.integers().between(min, max).map(n -> String.join(separator, Collections.nCopies(n, unit)));
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
    public static Arbitrary<String> origins() {
        return weighted(6, builtOrigins(), 3, mutatedOrigins(), 1, hostileText());
    }

    /** Scheme, separator, host, port and a tail, each usually right and sometimes subtly wrong. */
    public static Arbitrary<String> builtOrigins() {
        Arbitrary<String> scheme = weighted(
                8, Arbitraries.just("https"),
                4, Arbitraries.just("http"),
                3, Arbitraries.of("HTTPS", "Https", "wss", "ws", "ftp", "javascript", "", "h\u0000ttps", "https\u200b",
                        "web+app"),
                1, strings("abcdefghijklmnopqrstuvwxyzABC", 1, 8));
        Arbitrary<String> separator = weighted(12, Arbitraries.just("://"),
                1, Arbitraries.of(":/", "//", ":///", "", ":\\\\", ": //", "://\r\n"));
        Arbitrary<String> host = weighted(
                4, Arbitraries.of("app.example.com", "evilapp.example.com", "example.com", "a.b.example.com", "localhost",
                        "127.0.0.1", "[::1]", "xn--bcher-kva.example.com", "b\u00fccher.example.com",
                        "\u0430pp.example.com", "APP.example.com", "app.EXAMPLE.com", "app.example.com.",
                        "app.example.com.evil.com", "evil-example.com", "appxexample.com", "example.com.evil.com",
                        "user@app.example.com", "app.example.com@evil.com", ".example.com", "a..example.com",
                        "*.example.com", "app.example.com\u0000.evil.com", "app.example.co\u1e3f"),
                3, labels());
        Arbitrary<String> port = weighted(
                8, Arbitraries.just(""),
                3, Arbitraries.of(":443", ":80", ":8080", ":8443", ":0", ":08080", ":65535", ":65536", ":", ":3000", "::80",
                        ":8080:8080", ": 8080"),
                1, strings("0123456789", 1, 7).map(d -> ":" + d));
        Arbitrary<String> tail = weighted(
                10, Arbitraries.just(""),
                2, Arbitraries.of(AFTER_HOST),
                2, Arbitraries.of("/", "/path", "?q=1", "#f", " ", "\t", "\r\n", "\u0000", ".evil.com", "@evil.com",
                        "`.evil.com", "%60.evil.com", "\u00a0", "\u2028", ", https://evil.com"));
        return concat(scheme, separator, host, port, tail);
    }

    /** DNS-ish labels joined by dots, mostly lower-case letters, digits and hyphens. */
    private static Arbitrary<String> labels() {
        Arbitrary<String> label = weighted(
                12, strings("abcdefghijklmnopqrstuvwxyz0123456789-", 1, 10),
                1, strings("aZ_-!$&'()*+,;=~`%\u00e9\u0430 ", 0, 4));
        Arbitrary<String> dotted = label.list().ofMinSize(1).ofMaxSize(4).map(ls -> String.join(".", ls));
        return concat(dotted, Arbitraries.of("", ".example.com", ".example.com", ".com", ".evil.com"));
    }

    /** An allowed origin with one character inserted, dropped, changed in case or doubled. */
    public static Arbitrary<String> mutatedOrigins() {
        Arbitrary<String> base = Arbitraries.of("https://app.example.com", "https://api.example.com", "http://localhost:3000");
        Arbitrary<String> inserted = weighted(3, strings(" \t\r\n\u0000.:/@_`%!$&'()*+,;=~-", 1, 1),
                1, anyChars(1));
        return Combinators.combine(base, Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 3),
                inserted).as((origin, position, change, insert) -> {
                    int i = position % (origin.length() + 1);
                    return switch (change) {
                        case 0 -> origin.substring(0, i) + insert + origin.substring(i);
                        case 1 -> i < origin.length() ? origin.substring(0, i) + origin.substring(i + 1) : origin;
                        case 2 -> i < origin.length()
                                ? origin.substring(0, i) + origin.substring(i, i + 1).toUpperCase(Locale.ROOT)
                                        + origin.substring(i + 1)
                                : origin.toUpperCase(Locale.ROOT);
                        default -> i < origin.length() ? origin.substring(0, i + 1) + origin.substring(i) : origin + origin;
                    };
                });
    }

    /** Anything at all: any characters, controls, and huge values (64 KiB, thousands of commas). */
    public static Arbitrary<String> hostileText() {
        return weighted(
                3, anyChars(40),
                3, strings(" \t\r\n\u0000,;:=\"'\\/<>%*\u00e9\u00ff\u0100\ud83d\ude00abc", 0, 40),
                1, huge(),
                1, Arbitraries.of("", "null", "*", "undefined", "file://", "https://", "%00", "\r\n\r\n"));
    }

    /** Values of up to 64 KiB: one character repeated, or thousands of commas. */
    public static Arbitrary<String> huge() {
        return Arbitraries.oneOf(
                repeated("a", "", 1000, 65536),
                repeated("", ",", 1000, 65536),
                repeated(" ", ",", 1000, 30000),
                repeated("\u00e9", "", 1000, 65536));
    }

    /**
     * One {@code Access-Control-Request-Headers} line: header names (allowed, refused, {@code *},
     * non-tokens) between separators with empty elements and whitespace; sometimes absurdly long.
     */
    public static Arbitrary<String> requestHeaderLine() {
        Arbitrary<String> name = weighted(
                6, Arbitraries.of("content-type", "Content-Type", "AUTHORIZATION", "authorization", "x-custom",
                        "X-Requested-With", "*", "x-*", "accept"),
                3, strings("!#$%&'*+.^_`|~-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 12),
                1, Arbitraries.of("", " ", "x y", "x\u00e9", "x\u0000", "a:b", "a;b", "\"a\"", "a/b", "\u00a0a"));
        Arbitrary<String> separator = weighted(8, Arbitraries.of(",", ", "), 1, Arbitraries.of(" ,", ",,", ",\t", " , , ", "\t,"));
        Arbitrary<String> list = Combinators.combine(separator, name.list().ofMaxSize(70)).as(String::join);
        return weighted(
                8, list,
                1, Arbitraries.integers().between(62, 67).map(n -> String.join(",", Collections.nCopies(n, "x-a"))),
                1, Arbitraries.integers().between(8180, 8200).map(n -> "x-" + "a".repeat(n - 2)),
                1, hostileText());
    }
}
