package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginsTest {

    // ---- isSerialized ----

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.example.com",
        "http://localhost:3000",
        "http://localhost",
        "http://127.0.0.1:8080",
        "https://[::1]",
        "http://[::1]:8080",
        "http://[2001:db8::ff00:42:8329]:65535",
        "https://xn--bcher-kva.example",
        "https://a-b.example.com",
        "https://app.example.com.",  // a trailing dot is kept in a serialized host
        "chrome-extension://abcdef",
        "web+app://host",
        "https://a:0",
        "https://a:65535",
        "http://localhost:443",
        "https://app.example.com:80",
        "web+app://host:443",
    })
    void serializedOrigins(String origin) {
        assertTrue(Origins.isSerialized(origin), origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "null",
        "*",
        "https://app.example.com/",
        "https://app.example.com/path",
        "https://app.example.com?x=1",
        "https://app.example.com#f",
        "https://app.example.com@evil.com",
        "https://user:pass@app.example.com",
        "HTTPS://app.example.com",
        "Https://app.example.com",
        "https://App.example.com",
        "https://APP.EXAMPLE.COM",
        "https://app.example.com:65536",
        "https://app.example.com:99999",
        "https://app.example.com:123456",
        "https://app.example.com:",
        "https://app.example.com:-1",
        "https://app.example.com:+80",
        "https://app.example.com:80:80",
        "https://app.example.com:8o",
        "https://",
        "https:///",
        "https://:8080",
        "https:app.example.com",
        "https:/app.example.com",
        "app.example.com",
        "://app.example.com",
        "1https://app.example.com",
        "-https://app.example.com",
        "ht_tp://app.example.com",
        "https://app.example.com\r\n",
        "https://app.example.com\r\nX-Evil: 1",
        "https://app.example.com\n",
        "https://app.example.com\0",
        "https://app\0.example.com",
        " https://app.example.com",
        "https://app.example.com ",
        "https://app .example.com",
        "https://app\t.example.com",
        "https://a..example.com",
        "https://.example.com",
        "https://.",
        "https://a_b.example.com",
        "https://bücher.example",
        "https://*.example.com",
        "https://[::1",
        "https://[::1]x",
        "https://[::1]:",
        "https://[::1]:99999",
        "https://[::G]",
        "https://[::ABCD]",
        "https://[]",
        "https://[:]",
        "https://[::1]]",
        "https://[::1]/",
        "https://app.example.com\\@evil.com",
        // browsers leave the default port out and never write leading zeros
        "https://app.example.com:443",
        "http://localhost:80",
        "wss://chat.example.com:443",
        "ws://chat.example.com:80",
        "ftp://files.example.com:21",
        "http://localhost:08080",
        "http://localhost:00",
        "https://[::1]:443",
    })
    void notSerializedOrigins(String origin) {
        assertFalse(Origins.isSerialized(origin), origin);
    }

    @Test
    void nullIsNotSerialized() {
        assertFalse(Origins.isSerialized(null));
    }

    @Test
    void veryLongOriginsAreRefusedPastTheLimit() {
        String prefix = "https://";
        String atLimit = prefix + "a".repeat(Origins.MAX_LENGTH - prefix.length());
        assertEquals(Origins.MAX_LENGTH, atLimit.length());
        assertTrue(Origins.isSerialized(atLimit));
        assertFalse(Origins.isSerialized(atLimit + "a"));
        assertFalse(Origins.isSerialized(prefix + "a".repeat(1_000_000)));
        assertFalse(Origins.isSerialized(prefix + "a.".repeat(100_000) + "com"));
    }

    // ---- defaultPort ----

    @Test
    void defaultPorts() {
        assertEquals(80, Origins.defaultPort("http"));
        assertEquals(80, Origins.defaultPort("ws"));
        assertEquals(443, Origins.defaultPort("https"));
        assertEquals(443, Origins.defaultPort("wss"));
        assertEquals(21, Origins.defaultPort("ftp"));
        assertEquals(443, Origins.defaultPort("HTTPS"));
        assertEquals(80, Origins.defaultPort("Http"));
        assertEquals(-1, Origins.defaultPort("file"));
        assertEquals(-1, Origins.defaultPort("chrome-extension"));
        assertEquals(-1, Origins.defaultPort(""));
    }

    // ---- portValue / isPort ----

    @Test
    void portValues() {
        assertEquals(0, Origins.portValue("0", 0, 1));
        assertEquals(65535, Origins.portValue("65535", 0, 5));
        assertEquals(-1, Origins.portValue("65536", 0, 5));
        assertEquals(-1, Origins.portValue("99999", 0, 5));
        assertEquals(-1, Origins.portValue("100000", 0, 6));
        assertEquals(-1, Origins.portValue("", 0, 0));
        assertEquals(-1, Origins.portValue("8a", 0, 2));
        assertEquals(-1, Origins.portValue("-1", 0, 2));
        assertEquals(8080, Origins.portValue("x:8080", 2, 6));
        assertTrue(Origins.isPort("443", 0, 3));
        assertFalse(Origins.isPort(" 443", 0, 4));
    }

    // ---- problemWith ----

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.example.com",
        "http://localhost:3000",
        "http://localhost",
        "http://127.0.0.1",
        "http://[::1]:8080",
        "https://[::1]",
        "https://xn--bcher-kva.example",
        "https://app.example.com:65535",
        "https://app.example.com:80",   // 80 is not the default port of https
        "http://app.example.com:443",   // nor 443 of http
    })
    void wellFormedOriginsHaveNoProblem(String origin) {
        assertNull(Origins.problemWith(origin), origin);
        assertTrue(Origins.isSerialized(origin), origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.example.com.",        // browsers keep the dot (the processor warns, W8)
        "https://my_app.example.com",      // the URL standard allows _ in hosts
        "https://a..example.com",          // and empty labels
        "https://a0123456789012345678901234567890123456789012345678901234567890123.example.com", // labels over 63
        "https://xn--fa-hia.de",
        "http://[::7f00:1]",
        "http://192.168.1.1:8080",
    })
    void originsBrowsersSendAsWrittenHaveNoProblem(String origin) {
        assertNull(Origins.problemWith(origin), origin);
    }

    static Stream<Arguments> problems() {
        return Stream.of(
            // origin, kind, text the message must contain, canonical fix the message must offer (or null)
            Arguments.of("https://app.example.com/", OriginProblem.Kind.MALFORMED, "trailing slash",
                    "https://app.example.com"),
            Arguments.of("https://app.example.com/api/v1", OriginProblem.Kind.MALFORMED, "a path",
                    "https://app.example.com"),
            Arguments.of("https://app.example.com?x=1", OriginProblem.Kind.MALFORMED, "a query",
                    "https://app.example.com"),
            Arguments.of("https://app.example.com#top", OriginProblem.Kind.MALFORMED, "a fragment",
                    "https://app.example.com"),
            Arguments.of("https://App.Example.com:443/", OriginProblem.Kind.MALFORMED, "trailing slash",
                    "https://app.example.com"),
            Arguments.of("HTTPS://App.Example.com:443", OriginProblem.Kind.NOT_SERIALIZED, "upper case",
                    "https://app.example.com"),
            Arguments.of("HTTPS://App.Example.com:443", OriginProblem.Kind.NOT_SERIALIZED, "default port 443",
                    "https://app.example.com"),
            Arguments.of("https://APP.example.com", OriginProblem.Kind.NOT_SERIALIZED, "upper case",
                    "https://app.example.com"),
            Arguments.of("http://localhost:80", OriginProblem.Kind.NOT_SERIALIZED, "default port",
                    "http://localhost"),
            Arguments.of("wss://chat.example.com:443", OriginProblem.Kind.NOT_SERIALIZED, "default port",
                    "wss://chat.example.com"),
            Arguments.of("https://app.example.com:08080", OriginProblem.Kind.NOT_SERIALIZED, "leading zeros",
                    "https://app.example.com:8080"),
            // without UTS #46 at hand (the processor passes ICU4J's), no fix is offered
            Arguments.of("https://bücher.example", OriginProblem.Kind.NOT_SERIALIZED, "punycode", null),
            Arguments.of("http://127.1", OriginProblem.Kind.NOT_SERIALIZED, "IPv4", "http://127.0.0.1"),
            Arguments.of("http://0xffffffff", OriginProblem.Kind.NOT_SERIALIZED, "IPv4", "http://255.255.255.255"),
            Arguments.of("http://192.168.257", OriginProblem.Kind.NOT_SERIALIZED, "IPv4", "http://192.168.1.1"),
            Arguments.of("http://192.0x00A80001", OriginProblem.Kind.NOT_SERIALIZED, "IPv4", "http://192.168.0.1"),
            Arguments.of("http://[1:0::]", OriginProblem.Kind.NOT_SERIALIZED, "IPv6", "http://[1::]"),
            Arguments.of("http://[::127.0.0.1]", OriginProblem.Kind.NOT_SERIALIZED, "IPv6", "http://[::7f00:1]"),
            Arguments.of("http://[0:0:0:0:0:0:0:1]", OriginProblem.Kind.NOT_SERIALIZED, "IPv6", "http://[::1]"),
            Arguments.of("https://ex%61mple.com", OriginProblem.Kind.NOT_SERIALIZED, "percent", "https://example.com"),
            Arguments.of("https:/app.example.com", OriginProblem.Kind.MALFORMED, "\"//\"", "https://app.example.com"),
            Arguments.of("http://1.2.3.4.5", OriginProblem.Kind.MALFORMED, "IPv4", null),
            Arguments.of("http://192.168.0.257", OriginProblem.Kind.MALFORMED, "IPv4", null),
            Arguments.of("http://foo.09", OriginProblem.Kind.MALFORMED, "IPv4", null),
            Arguments.of("http://[0:1:2:3:4:5:6:7:8]", OriginProblem.Kind.MALFORMED, "IPv6", null),
            Arguments.of("http://[0::0::0]", OriginProblem.Kind.MALFORMED, "IPv6", null),
            Arguments.of("http://[::::::::::::::::1]", OriginProblem.Kind.MALFORMED, "IPv6", null),
            Arguments.of("https://foo:0", OriginProblem.Kind.MALFORMED, "port 0", null),
            Arguments.of("http://app.example.com:6000", OriginProblem.Kind.MALFORMED, "bad ports", null),
            Arguments.of("https://app.example.com:10080", OriginProblem.Kind.MALFORMED, "bad ports", null),
            Arguments.of("http://a:b:80", OriginProblem.Kind.MALFORMED, "port", null),
            Arguments.of("http://[::ABCD]:8080", OriginProblem.Kind.NOT_SERIALIZED, "upper case",
                    "http://[::abcd]:8080"),
            Arguments.of("https://user:pass@app.example.com", OriginProblem.Kind.MALFORMED, "userinfo",
                    "https://app.example.com"),
            Arguments.of("https://app.example.com@evil.com", OriginProblem.Kind.MALFORMED, "userinfo", null),
            Arguments.of(" https://app.example.com ", OriginProblem.Kind.MALFORMED, "whitespace",
                    "https://app.example.com"),
            Arguments.of("https://app.example.com\r\n", OriginProblem.Kind.MALFORMED, "control character",
                    "https://app.example.com"),
            Arguments.of("https://app.example.com\0", OriginProblem.Kind.MALFORMED, "control character", null),
            Arguments.of("https://app .example.com", OriginProblem.Kind.MALFORMED, "whitespace", null),
            Arguments.of("https://*.example.com", OriginProblem.Kind.MALFORMED, "originPatterns", null),
            Arguments.of("*", OriginProblem.Kind.MALFORMED, "wildcard", null),
            Arguments.of("app.example.com", OriginProblem.Kind.MALFORMED, "no scheme", "https://app.example.com"),
            Arguments.of("app.example.com/x", OriginProblem.Kind.MALFORMED, "no scheme",
                    "https://app.example.com"),
            Arguments.of("://app.example.com", OriginProblem.Kind.MALFORMED, "no scheme",
                    "https://app.example.com"),
            Arguments.of("https://", OriginProblem.Kind.MALFORMED, "empty host", null),
            Arguments.of("https://:8080", OriginProblem.Kind.MALFORMED, "empty host", null),
            Arguments.of("https://app.example.com:65536", OriginProblem.Kind.MALFORMED, "port \"65536\"", null),
            Arguments.of("https://app.example.com:123456", OriginProblem.Kind.MALFORMED, "0 to 65535", null),
            Arguments.of("https://app.example.com:http", OriginProblem.Kind.MALFORMED, "port", null),
            Arguments.of("https://app.example.com:", OriginProblem.Kind.NOT_SERIALIZED, "empty port",
                    "https://app.example.com"),
            Arguments.of("https://app.example.com:-1", OriginProblem.Kind.MALFORMED, "port", null),
            Arguments.of("https://[::1", OriginProblem.Kind.MALFORMED, "unclosed IPv6", null),
            Arguments.of("https://[::1]x", OriginProblem.Kind.MALFORMED, "after its IPv6 host", null),
            Arguments.of("https://[::g]", OriginProblem.Kind.MALFORMED, "not a valid IPv6 address", null),
            Arguments.of("", OriginProblem.Kind.MALFORMED, "empty", null),
            Arguments.of("null", OriginProblem.Kind.NULL_ORIGIN, "sandboxed", null));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void problemsSayWhatAndHowToFix(String origin, OriginProblem.Kind kind, String says, String fix) {
        OriginProblem problem = Origins.problemWith(origin);
        assertNotNull(problem, origin);
        assertEquals(kind, problem.kind(), problem::message);
        assertTrue(problem.message().contains(says), () -> "expected <" + says + "> in: " + problem.message());
        if (fix != null) {
            assertTrue(problem.message().contains("Use \"" + fix + "\""),
                    () -> "expected the fix " + fix + " in: " + problem.message());
            assertNull(Origins.problemWith(fix), "the suggested fix must itself be valid: " + fix);
            assertTrue(Origins.isSerialized(fix), fix);
        }
        boolean fitsTheHeaderGrammar = problem.message().contains("which browsers reject")
                || problem.message().contains("no page can have this origin");
        // hosts the URL standard rejects (1.2.3.4.5, [0::0::0]) and bad ports fit the Origin header's
        // grammar, which is all the run-time check looks at; they are refused at build time
        if (kind != OriginProblem.Kind.NOT_SERIALIZED && !fitsTheHeaderGrammar) {
            // NOT_SERIALIZED ones (default port, leading zeros, trailing dot) fit the header grammar, yet
            // no browser sends them for that origin; malformed ones must never pass the run-time check
            assertFalse(Origins.isSerialized(origin), "a malformed origin must never be accepted at run time: " + origin);
        }
    }

    @Test
    void nullOriginIsMalformed() {
        OriginProblem problem = Origins.problemWith(null);
        assertNotNull(problem);
        assertEquals(OriginProblem.Kind.MALFORMED, problem.kind());
    }

    @Test
    void noSchemeSuggestionIsCanonical() {
        // the suggested fix of a scheme-less origin must itself be written the way browsers send it
        OriginProblem problem = Origins.problemWith("App.Example.com:443");
        assertNotNull(problem);
        assertEquals(OriginProblem.Kind.MALFORMED, problem.kind());
        assertTrue(problem.message().contains("Use \"https://app.example.com\""), problem.message());
        assertFalse(problem.message().contains("Use \"https://App"), problem.message());
    }

    @Test
    void noSchemeSuggestionIsNeverAnEmptyOrigin() {
        OriginProblem problem = Origins.problemWith("//app.example.com");
        assertNotNull(problem);
        assertEquals(OriginProblem.Kind.MALFORMED, problem.kind());
        assertFalse(problem.message().contains("Use \"https://\""), problem.message());
    }

    @Test
    void userinfoSuggestionIsCanonical() {
        OriginProblem problem = Origins.problemWith("HTTPS://user@App.Example.com");
        assertNotNull(problem);
        assertEquals(OriginProblem.Kind.MALFORMED, problem.kind());
        assertTrue(problem.message().contains("Use \"https://app.example.com\""), problem.message());
    }

    @Test
    void anOriginTooLongForTheRunTimeCheckIsAProblem() {
        // valid DNS-wise labels, but longer than isSerialized accepts: it could never match
        String longOrigin = "https://" + "a.".repeat(1500) + "com";
        assertFalse(Origins.isSerialized(longOrigin));
        OriginProblem problem = Origins.problemWith(longOrigin);
        assertNotNull(problem);
        assertEquals(OriginProblem.Kind.MALFORMED, problem.kind());
        assertTrue(problem.message().contains(String.valueOf(Origins.MAX_LENGTH)), problem.message());
        assertTrue(problem.message().length() < 400, "the message does not repeat the whole value");
        String atLimit = "https://" + "a.".repeat(1018) + "abcd";
        assertEquals(Origins.MAX_LENGTH, atLimit.length());
        assertNull(Origins.problemWith(atLimit));
        assertTrue(Origins.isSerialized(atLimit));
        assertEquals(OriginProblem.Kind.MALFORMED, Origins.problemWith(atLimit + "e").kind());
        assertFalse(Origins.isSerialized(atLimit + "e"));
    }

    @Test
    void hostileInputsGiveAProblemNeverAnException() {
        String[] hostile = {
            "https://" + "a".repeat(5000) + ".com",
            "https://" + "a.".repeat(5000) + "com",
            "https://" + "[".repeat(100),
            "https://]",
            "https://@",
            "https://@:",
            "https://[]:[]",
            "https://%41pp.example.com",
            "https://app.example.com:" + "9".repeat(100),
            "\0",
            "\r\n",
            ":",
            "://",
            "::://",
            "https://\u0000@evil.com",
            "https://\u202Eevil.com",
            "https://-.example.com:8080/" + "x".repeat(10_000),
        };
        for (String origin : hostile) {
            OriginProblem problem = Origins.problemWith(origin);
            assertNotNull(problem, origin);
            assertNotNull(problem.kind());
            assertFalse(problem.message().isEmpty());
        }
    }

    @Test
    void hostLabelsEndAtTheFirstOtherCharacterAndHaveNoEmptyLabelBeforeADot() {
        assertEquals(15, Origins.labelsEnd("app.example.com", 0, 15));
        assertEquals(15, Origins.labelsEnd("app.example.com:8080", 0, 20));
        assertEquals(4, Origins.labelsEnd("app.", 0, 4), "a trailing dot ends an empty last label");
        assertEquals(3, Origins.labelsEnd("app/x", 0, 5));
        assertEquals(-1, Origins.labelsEnd("a..b", 0, 4));
        assertEquals(-1, Origins.labelsEnd(".a", 0, 2));
        assertEquals(0, Origins.labelsEnd("A.b", 0, 3), "upper case is not serialized");
    }

    @Test
    void defaultPortsOfTheSpecialSchemesIgnoringCase() {
        assertEquals(80, Origins.defaultPort("http"));
        assertEquals(443, Origins.defaultPort("HTTPS"));
        assertEquals(80, Origins.defaultPort("ws"));
        assertEquals(443, Origins.defaultPort("wss"));
        assertEquals(21, Origins.defaultPort("ftp"));
        assertEquals(-1, Origins.defaultPort("file"));
        assertEquals(-1, Origins.defaultPort(""));
        assertEquals(443, Origins.defaultPort("https://x", 5));
    }
}
