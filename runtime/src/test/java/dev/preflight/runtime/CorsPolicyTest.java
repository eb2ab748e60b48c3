package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsPolicyTest {
    private static final OriginPattern SUBDOMAINS = OriginPattern.parse("https://*.example.com");

    /** Like a generated matcher: an exact origin, then patterns for serialized values. */
    private static final OriginMatcher MATCHER = origin -> origin.equals("https://app.example.com")
            || Origins.isSerialized(origin) && SUBDOMAINS.matches(origin);

    private static CorsPolicy named() {
        return CorsPolicy.builder()
                .origins(MATCHER)
                .allowHeaders("Authorization, Content-Type, X-Custom", "Authorization", "Content-Type", "X-Custom")
                .build();
    }

    private static CorsPolicy anyHeader(String... named) {
        return CorsPolicy.builder().origins(MATCHER).allowAnyHeader(named).build();
    }

    private static List<String> lines(String... lines) {
        return Arrays.asList(lines);
    }

    // ---- building ----

    @Test
    void aPolicyNeedsOrigins() {
        assertThrows(IllegalStateException.class, () -> CorsPolicy.builder().build());
        assertThrows(NullPointerException.class, () -> CorsPolicy.builder().origins(null));
    }

    @Test
    void precomputedValuesComeBackUnchanged() {
        CorsPolicy p = CorsPolicy.builder().origins(MATCHER).allowCredentials().exposeHeaders("X-Total-Count")
                .maxAge("1800").allowPrivateNetwork().build();
        assertTrue(p.allowsCredentials());
        assertTrue(p.allowsPrivateNetwork());
        assertEquals("X-Total-Count", p.exposeHeaders());
        assertEquals("1800", p.maxAge());

        CorsPolicy bare = CorsPolicy.builder().origins(MATCHER).build();
        assertFalse(bare.allowsCredentials());
        assertFalse(bare.allowsPrivateNetwork());
        assertNull(bare.exposeHeaders());
        assertNull(bare.maxAge());
        assertNull(bare.allowHeadersValue(lines("x-a")), "nothing allowed, nothing to say");
    }

    // ---- origins ----

    @Test
    void allowsOriginDelegatesToTheMatcher() {
        CorsPolicy p = named();
        assertTrue(p.allowsOrigin("https://app.example.com"));
        assertTrue(p.allowsOrigin("https://a.b.example.com"));
        assertFalse(p.allowsOrigin("https://example.com"));
        assertFalse(p.allowsOrigin("https://evil-example.com"));
        assertFalse(p.allowsOrigin("http://app.example.com"));
        assertFalse(p.allowsOrigin("https://app.example.com.evil.com"));
        assertFalse(p.allowsOrigin("https://evil.com@a.example.com"));
        assertFalse(p.allowsOrigin("null"));
        assertFalse(p.allowsOrigin(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://anything.test", "http://localhost:3000", "http://[::1]:8080"})
    void anyOriginAllowsEverySerializedOrigin(String origin) {
        CorsPolicy p = CorsPolicy.builder().anyOrigin().build();
        assertTrue(p.allowsOrigin(origin));
        assertEquals("*", p.allowOriginValue(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "*", "https://a.test/", "https://a.test\r\n", "https://a.test\0",
        "HTTPS://A.TEST", "https://a.test@evil.com", "https://a.test:99999", "https://a.test, https://b.test"})
    void anyOriginStillRefusesWhatBrowsersNeverSend(String origin) {
        CorsPolicy p = CorsPolicy.builder().anyOrigin().build();
        assertFalse(p.allowsOrigin(origin), origin);
    }

    @Test
    void anyOriginRefusesNullAndHugeValues() {
        CorsPolicy p = CorsPolicy.builder().anyOrigin().build();
        assertFalse(p.allowsOrigin(null));
        assertFalse(p.allowsOrigin("https://" + "a".repeat(100_000)));
    }

    @Test
    void allowOriginValue() {
        assertEquals("https://app.example.com", named().allowOriginValue("https://app.example.com"));
        CorsPolicy anyWithCredentials = CorsPolicy.builder().anyOrigin().allowCredentials().build();
        assertEquals("https://a.test", anyWithCredentials.allowOriginValue("https://a.test"),
                "with credentials browsers refuse *, so the origin is echoed");
        CorsPolicy namedWithCredentials = CorsPolicy.builder().origins(MATCHER).allowCredentials().build();
        assertEquals("https://x.example.com", namedWithCredentials.allowOriginValue("https://x.example.com"));
    }

    @Test
    void variesByOrigin() {
        assertTrue(named().variesByOrigin());
        assertFalse(CorsPolicy.builder().anyOrigin().build().variesByOrigin());
        assertTrue(CorsPolicy.builder().anyOrigin().allowCredentials().build().variesByOrigin());
        assertTrue(CorsPolicy.builder().origins(MATCHER).allowCredentials().build().variesByOrigin());
    }

    // ---- refuseRequestHeaders: named headers ----

    @Test
    void noRequestedHeadersIsFine() {
        CorsPolicy p = named();
        assertNull(p.refuseRequestHeaders(null));
        assertNull(p.refuseRequestHeaders(Collections.emptyList()));
        assertNull(p.refuseRequestHeaders(lines("")));
        assertNull(p.refuseRequestHeaders(lines(" , ,, \t,")));
        assertNull(p.refuseRequestHeaders(lines("", "", ",")));
    }

    @Test
    void namedHeadersCompareCaseInsensitively() {
        CorsPolicy p = named();
        assertNull(p.refuseRequestHeaders(lines("authorization,content-type,x-custom")));
        assertNull(p.refuseRequestHeaders(lines("AUTHORIZATION", "Content-Type", "x-CUSTOM")));
        assertNull(p.refuseRequestHeaders(lines("content-type")));
    }

    @Test
    void optionalWhitespaceAndEmptyElementsAreTolerated() {
        CorsPolicy p = named();
        assertNull(p.refuseRequestHeaders(lines(" content-type ,\tauthorization\t")));
        assertNull(p.refuseRequestHeaders(lines(",content-type,,, x-custom ,")));
        assertNull(p.refuseRequestHeaders(lines("\t\tcontent-type\t\t")));
    }

    @Test
    void unlistedHeadersAreRefused() {
        CorsPolicy p = named();
        String why = p.refuseRequestHeaders(lines("content-type,x-other"));
        assertNotNull(why);
        assertTrue(why.contains("\"x-other\""), why);
        assertTrue(why.contains("not allowed"), why);
        assertNotNull(p.refuseRequestHeaders(lines("content-type", "x-other")), "every line counts");
        assertNotNull(p.refuseRequestHeaders(lines("content-typ")), "no prefix match");
        assertNotNull(p.refuseRequestHeaders(lines("content-types")), "no prefix match");
        assertNotNull(p.refuseRequestHeaders(lines("x-custom-2")));
        assertNotNull(p.refuseRequestHeaders(lines("cookie")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"content type", "content-type;", "content-type:", "x-custom\r\n", "x-custom\r\nX-Evil: 1",
        "x-custom\0", "\"x-custom\"", "contént-type", "x-custom\n", "(x)", "x/y", "x@y", "x=y",
        // the long s (U+017F) equals "s" when case is folded beyond ASCII: not X-Custom
        "x-cu\u017Ftom"})
    void elementsThatAreNotTokensAreRefused(String line) {
        for (CorsPolicy p : new CorsPolicy[] {named(), anyHeader()}) {
            String why = p.refuseRequestHeaders(lines(line));
            assertNotNull(why, line);
            assertTrue(why.contains("not a header name"), why);
            assertFalse(why.contains("\r") || why.contains("\n") || why.contains("\0"), "never echoes control characters");
        }
    }

    @Test
    void refusalReasonsAreSafeToLog() {
        String hostile = "x-" + "a".repeat(1_000);
        String why = named().refuseRequestHeaders(lines(hostile));
        assertNotNull(why);
        assertTrue(why.length() < 400, "a hostile name is cut short in the reason: " + why.length());
        assertTrue(why.contains("..."), why);
    }

    // ---- refuseRequestHeaders: "*" ----

    @Test
    void wildcardAllowsAnyTokenButAuthorization() {
        CorsPolicy p = anyHeader();
        assertNull(p.refuseRequestHeaders(lines("x-a,x-b", "content-type", "x-requested-with")));
        assertNull(p.refuseRequestHeaders(lines("authorizationx")), "only Authorization itself is excluded");
        assertNull(p.refuseRequestHeaders(lines("x-authorization")));
        for (String authorization : new String[] {"authorization", "Authorization", "AUTHORIZATION", " authorization "}) {
            String why = p.refuseRequestHeaders(lines(authorization));
            assertNotNull(why, authorization);
            assertTrue(why.toLowerCase(java.util.Locale.ROOT).contains("authorization"), why);
        }
        assertNotNull(p.refuseRequestHeaders(lines("x-a, content-type", "x-b,authorization")));
    }

    @Test
    void wildcardWithAuthorizationNamed() {
        CorsPolicy p = anyHeader("Authorization");
        assertNull(p.refuseRequestHeaders(lines("authorization")));
        assertNull(p.refuseRequestHeaders(lines("AUTHORIZATION,x-anything")));
    }

    // ---- limits ----

    private static String names(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : ",").append("x-h").append(i);
        }
        return s.toString();
    }

    @Test
    void atMost64Names() {
        CorsPolicy p = anyHeader();
        assertEquals(64, CorsPolicy.MAX_REQUEST_HEADER_NAMES);
        assertNull(p.refuseRequestHeaders(lines(names(64))));
        String why = p.refuseRequestHeaders(lines(names(65)));
        assertNotNull(why);
        assertTrue(why.contains("more than 64"), why);
    }

    @Test
    void theNameLimitCountsAcrossLines() {
        CorsPolicy p = anyHeader();
        assertNull(p.refuseRequestHeaders(lines(names(32), names(32))));
        assertNotNull(p.refuseRequestHeaders(lines(names(32), names(33))));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            many.add("x-h" + i);
        }
        assertTrue(p.refuseRequestHeaders(many).contains("more than 64"));
        assertNull(p.refuseRequestHeaders(many.subList(0, 64)));
    }

    @Test
    void emptyElementsDoNotCountAsNames() {
        CorsPolicy p = anyHeader();
        String sparse = names(64).replace(",", ",, ,\t,");
        assertTrue(sparse.length() < CorsPolicy.MAX_REQUEST_HEADERS_LENGTH);
        assertNull(p.refuseRequestHeaders(lines(sparse)));
        assertNull(p.refuseRequestHeaders(lines(",".repeat(5000) + "x-a")));
    }

    @Test
    void atMost8KiB() {
        CorsPolicy p = anyHeader();
        assertEquals(8192, CorsPolicy.MAX_REQUEST_HEADERS_LENGTH);
        String exactly = "x-a" + " ".repeat(8192 - 3);
        assertEquals(8192, exactly.length());
        assertNull(p.refuseRequestHeaders(lines(exactly)));
        String why = p.refuseRequestHeaders(lines(exactly + " "));
        assertNotNull(why);
        assertTrue(why.contains("longer than 8192"), why);
    }

    @Test
    void theLengthLimitCountsAcrossLines() {
        CorsPolicy p = anyHeader();
        String half = "x-a" + " ".repeat(4096 - 3);
        assertNull(p.refuseRequestHeaders(lines(half, half)));
        String why = p.refuseRequestHeaders(lines(half, half, "x"));
        assertNotNull(why);
        assertTrue(why.contains("longer than"), why);
    }

    @Test
    void anAbsurdValueIsRefusedWithoutBeingParsed() {
        // refused for its length, before its (bad) elements are looked at
        String why = named().refuseRequestHeaders(lines("bad name," + "x".repeat(10_000)));
        assertNotNull(why);
        assertTrue(why.contains("longer than"), why);
        String huge = "x".repeat(1_000_000);
        assertTrue(anyHeader().refuseRequestHeaders(lines(huge)).contains("longer than"));
    }

    // ---- allowHeadersValue ----

    @Test
    void namedPolicyAnswersItsPrecomputedList() {
        CorsPolicy p = named();
        String precomputed = "Authorization, Content-Type, X-Custom";
        assertEquals(precomputed, p.allowHeadersValue(null));
        assertEquals(precomputed, p.allowHeadersValue(lines("content-type")));
        assertEquals(precomputed, p.allowHeadersValue(lines("x-custom, authorization")));
    }

    @Test
    void wildcardEchoesTheRequestedNamesNeverAStar() {
        CorsPolicy p = anyHeader();
        assertEquals("x-a, x-b", p.allowHeadersValue(lines("x-a,x-b")));
        assertEquals("x-a, x-b, X-C", p.allowHeadersValue(lines("x-a, x-b", "X-C")));
        assertEquals("x-a, x-b", p.allowHeadersValue(lines(" x-a ,\t,,x-b\t")));
        assertEquals("content-type", p.allowHeadersValue(lines("content-type")));
        assertNull(p.allowHeadersValue(null));
        assertNull(p.allowHeadersValue(Collections.emptyList()));
        assertNull(p.allowHeadersValue(lines("")));
        assertNull(p.allowHeadersValue(lines(" , \t,")));
    }

    @Test
    void wildcardEchoIsOnlyUsedAfterValidation() {
        // the filter calls allowHeadersValue only when refuseRequestHeaders said yes; check the pair
        CorsPolicy p = anyHeader("Authorization");
        List<String> requested = lines("authorization, x-trace-id", "content-type");
        assertNull(p.refuseRequestHeaders(requested));
        String value = p.allowHeadersValue(requested);
        assertEquals("authorization, x-trace-id, content-type", value);
        for (String name : value.split(", ")) {
            assertTrue(HttpTokens.isToken(name), name);
        }
    }

    @Test
    void wildcardNeverEchoesAHeaderLiterallyNamedStar() {
        CorsPolicy p = anyHeader();
        assertNotNull(p.refuseRequestHeaders(lines("x-a, *")), "a requested \"*\" would read as the wildcard");
        assertNull(p.refuseRequestHeaders(lines("x-a")));
    }
}
