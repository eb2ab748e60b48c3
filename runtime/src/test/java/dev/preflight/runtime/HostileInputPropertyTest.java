package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The request-facing parts of the runtime against random and hostile values, each checked against an
 * oracle written here from the Fetch standard's grammar rather than from the code under test.
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

    // ---- origins

    @Test
    void isSerializedIsTheFetchGrammar() {
        Gen.forAll(3000, HostileValues.origins(), origin -> {
            assertEquals(HostileValues.isSerializedOrigin(origin), Origins.isSerialized(origin), () -> Gen.printable(origin));
        });
    }

    @Test
    void patternsMatchOnlyTheirHosts() {
        Gen.forAll(3000, HostileValues.origins(), origin -> {
            boolean serialized = HostileValues.isSerializedOrigin(origin);
            assertEquals(HostileValues.isSubdomainOfExampleCom(origin), SUBDOMAINS.matches(origin),
                    () -> Gen.printable(origin));
            assertEquals(HostileValues.isLocalhostOnAnyPort(origin), LOCALHOST.matches(origin),
                    () -> Gen.printable(origin));
            boolean portListed = origin.endsWith(":8080") || origin.endsWith(":8443");
            String host = portListed ? origin.substring(0, origin.length() - 5) : "";
            assertEquals(serialized && portListed && HostileValues.isSubdomainOfExampleCom(host),
                    SUBDOMAINS_ON_PORTS.matches(origin), () -> Gen.printable(origin));
            for (OriginPattern pattern : MORE_PATTERNS) {
                assertTrue(serialized || !pattern.matches(origin), () -> pattern + " matched " + Gen.printable(origin));
            }
        });
    }

    @Test
    void anyOriginPolicyAllowsOnlySerializedOriginsAndNeverEchoesThem() {
        Gen.forAll(2000, HostileValues.origins(), origin -> {
            assertEquals(HostileValues.isSerializedOrigin(origin), ANY_ORIGIN.allowsOrigin(origin), () -> Gen.printable(origin));
            if (ANY_ORIGIN.allowsOrigin(origin)) {
                assertEquals("*", ANY_ORIGIN.allowOriginValue(origin));
            }
        });
    }

    @Test
    void exactOriginPolicyAllowsOnlyThatOrigin() {
        Gen.forAll(2000, HostileValues.origins(), origin -> {
            assertEquals(origin.equals("https://app.example.com"), EXACT_ORIGIN.allowsOrigin(origin), () -> Gen.printable(origin));
        });
    }

    // ---- Access-Control-Request-Headers

    @Test
    void requestedHeadersAreEchoedOnlyWhenEveryOneIsAnAllowedToken() {
        Gen.forAll(3000, HostileValues.requestHeaderLine().list(0, 3), lines -> {
            List<String> elements = HostileValues.listElements(lines);
            boolean absurd = lines.stream().mapToInt(String::length).sum() > CorsPolicy.MAX_REQUEST_HEADERS_LENGTH
                    || elements.size() > CorsPolicy.MAX_REQUEST_HEADER_NAMES;
            boolean allTokens = elements.stream().allMatch(e -> HostileValues.TOKEN.matcher(e).matches());
            boolean wildcardAllows = !absurd && allTokens
                    && elements.stream().noneMatch(e -> e.equals("*") || e.equalsIgnoreCase("authorization"));
            boolean namedAllows = !absurd && allTokens
                    && elements.stream().allMatch(e -> e.equalsIgnoreCase("authorization") || e.equalsIgnoreCase("content-type"));

            String wildcardRefusal = ANY_HEADER.refuseRequestHeaders(lines);
            assertEquals(wildcardAllows, wildcardRefusal == null, () -> wildcardRefusal + " for " + Gen.printable(lines));
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
            assertEquals(namedAllows, namedRefusal == null, () -> namedRefusal + " for " + Gen.printable(lines));
            if (namedRefusal == null) {
                assertEquals("Authorization, Content-Type", NAMED_HEADERS.allowHeadersValue(lines), "never the request's own text");
            } else {
                assertPrintable(namedRefusal);
            }
        });
    }

    // ---- logging

    @Test
    void loggedRequestValuesAreOneShortPrintableLine() {
        Gen.forAll(2000, HostileValues.hostileText(), value -> {
            String logged = CorsLog.printable(value);
            assertPrintable(logged);
            assertTrue(logged.length() <= 2 + 200 * 6 + 3, () -> "too long: " + logged.length());
        });
    }

    private static void assertPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int index = i;
            assertTrue(c >= 0x20 && c <= 0x7e, () -> "unprintable character at " + index + " of " + Gen.printable(s));
        }
        assertFalse(s.contains("\r") || s.contains("\n"));
    }
}
