package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The request-facing parts of the runtime against random and hostile values, each checked against an
 * oracle written here from the Fetch standard's grammar rather than from the code under test. jqwik
 * shrinks a failing value to a minimal one and replays it first on the next run; the seed is fixed so
 * that a build is repeatable (remove it from a {@code @Property} to explore).
 */
class HostileInputPropertyTest {
    private static final OriginPattern SUBDOMAINS = OriginPattern.parse("https://*.example.com");
    private static final OriginPattern LOCALHOST = OriginPattern.parse("http://localhost:[*]");
    private static final OriginPattern SUBDOMAINS_ON_PORTS = OriginPattern.parse("https://*.example.com:[8080,8443]");
    /** Patterns with no oracle of their own: at least they must never match what no browser sends. */
    private static final List<OriginPattern> MORE_PATTERNS = Stream.of("https://*.example.com:[*]",
            "https://app.example.com", "http://[::1]:[*]", "https://*.a.example.com:8443", "http://127.0.0.1:[*]")
            .map(OriginPattern::parse).toList();
    private static final CorsPolicy ANY_ORIGIN = CorsPolicy.builder().anyOrigin().build();
    /** What the processor generates for {@code origins = "https://app.example.com"}. */
    private static final CorsPolicy EXACT_ORIGIN = CorsPolicy.builder()
            .origins(o -> switch (o) {
                case "https://app.example.com" -> true;
                default -> false;
            })
            .build();
    private static final CorsPolicy ANY_HEADER = CorsPolicy.builder().anyOrigin().allowAnyHeader().build();
    private static final CorsPolicy NAMED_HEADERS = CorsPolicy.builder().anyOrigin()
            .allowHeaders("Authorization, Content-Type", "Authorization", "Content-Type").build();

    @Provide
    Arbitrary<String> origins() {
        return HostileValues.origins();
    }

    @Provide
    Arbitrary<String> hostileText() {
        return HostileValues.hostileText();
    }

    /** Up to three {@code Access-Control-Request-Headers} lines, as a request may carry several. */
    @Provide
    Arbitrary<List<String>> headerLines() {
        return HostileValues.requestHeaderLine().list().ofMaxSize(3);
    }

    // ---- origins

    @Property(tries = 3000, seed = HostileValues.PROPERTY_SEED)
    void isSerializedIsTheFetchGrammar(@ForAll("origins") String origin) {
        assertEquals(HostileValues.isSerializedOrigin(origin), Origins.isSerialized(origin), () -> HostileValues.printable(origin));
    }

    @Property(tries = 3000, seed = HostileValues.PROPERTY_SEED)
    void patternsMatchOnlyTheirHosts(@ForAll("origins") String origin) {
        boolean serialized = HostileValues.isSerializedOrigin(origin);
        assertEquals(HostileValues.isSubdomainOfExampleCom(origin), SUBDOMAINS.matches(origin),
                () -> HostileValues.printable(origin));
        assertEquals(HostileValues.isLocalhostOnAnyPort(origin), LOCALHOST.matches(origin),
                () -> HostileValues.printable(origin));
        boolean portListed = origin.endsWith(":8080") || origin.endsWith(":8443");
        String host = portListed ? origin.substring(0, origin.length() - 5) : "";
        assertEquals(serialized && portListed && HostileValues.isSubdomainOfExampleCom(host),
                SUBDOMAINS_ON_PORTS.matches(origin), () -> HostileValues.printable(origin));
        for (OriginPattern pattern : MORE_PATTERNS) {
            assertTrue(serialized || !pattern.matches(origin), () -> pattern + " matched " + HostileValues.printable(origin));
        }
    }

    @Property(tries = 2000, seed = HostileValues.PROPERTY_SEED)
    void anyOriginPolicyAllowsOnlySerializedOriginsAndNeverEchoesThem(@ForAll("origins") String origin) {
        assertEquals(HostileValues.isSerializedOrigin(origin), ANY_ORIGIN.allowsOrigin(origin), () -> HostileValues.printable(origin));
        if (ANY_ORIGIN.allowsOrigin(origin)) {
            assertEquals("*", ANY_ORIGIN.allowOriginValue(origin));
        }
    }

    @Property(tries = 2000, seed = HostileValues.PROPERTY_SEED)
    void exactOriginPolicyAllowsOnlyThatOrigin(@ForAll("origins") String origin) {
        assertEquals(origin.equals("https://app.example.com"), EXACT_ORIGIN.allowsOrigin(origin), () -> HostileValues.printable(origin));
    }

    // ---- Access-Control-Request-Headers

    @Property(tries = 3000, seed = HostileValues.PROPERTY_SEED)
    void requestedHeadersAreEchoedOnlyWhenEveryOneIsAnAllowedToken(@ForAll("headerLines") List<String> lines) {
        List<String> elements = HostileValues.listElements(lines);
        boolean absurd = lines.stream().mapToInt(String::length).sum() > CorsPolicy.MAX_REQUEST_HEADERS_LENGTH
                || elements.size() > CorsPolicy.MAX_REQUEST_HEADER_NAMES;
        boolean allTokens = elements.stream().allMatch(e -> HostileValues.TOKEN.matcher(e).matches());
        boolean wildcardAllows = !absurd && allTokens
                && elements.stream().noneMatch(e -> e.equals("*") || e.equalsIgnoreCase("authorization"));
        boolean namedAllows = !absurd && allTokens
                && elements.stream().allMatch(e -> e.equalsIgnoreCase("authorization") || e.equalsIgnoreCase("content-type"));

        String wildcardRefusal = ANY_HEADER.refuseRequestHeaders(lines);
        assertEquals(wildcardAllows, wildcardRefusal == null, () -> wildcardRefusal + " for " + HostileValues.printable(lines));
        if (wildcardRefusal == null) {
            String echoed = ANY_HEADER.allowHeadersValue(lines);
            if (elements.isEmpty()) {
                assertNull(echoed);
            } else {
                assertEquals(String.join(", ", elements), echoed);
            }
        } else {
            assertPrintable(wildcardRefusal);
        }
        String namedRefusal = NAMED_HEADERS.refuseRequestHeaders(lines);
        assertEquals(namedAllows, namedRefusal == null, () -> namedRefusal + " for " + HostileValues.printable(lines));
        if (namedRefusal == null) {
            assertEquals("Authorization, Content-Type", NAMED_HEADERS.allowHeadersValue(lines), "never the request's own text");
        } else {
            assertPrintable(namedRefusal);
        }
    }

    // ---- logging

    @Property(tries = 2000, seed = HostileValues.PROPERTY_SEED)
    void loggedRequestValuesAreOneShortPrintableLine(@ForAll("hostileText") String value) {
        String logged = CorsLog.printable(value);
        assertPrintable(logged);
        assertTrue(logged.length() <= 2 + 200 * 6 + 3, () -> "too long: " + logged.length());
    }

    private static void assertPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int index = i;
            assertTrue(c >= 0x20 && c <= 0x7e, () -> "unprintable character at " + index + " of " + HostileValues.printable(s));
        }
        assertFalse(s.contains("\r") || s.contains("\n"));
    }
}
