package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginPatternTest {
    @Test
    void hostPartIsWhatParseReadsAsTheHost() {
        assertEquals("*.example.com", OriginPattern.hostPart("https://*.example.com:[8080,8443]"));
        assertEquals("*.example.com", OriginPattern.hostPart("https://*.example.com"));
        assertEquals("*", OriginPattern.hostPart("https://*"));
        assertEquals("*", OriginPattern.hostPart("*"));
        assertEquals("*", OriginPattern.hostPart("*://*:[*]"));
        assertEquals("localhost", OriginPattern.hostPart("http://localhost:3000"));
        assertEquals("[::1]", OriginPattern.hostPart("http://[::1]:3000"));
        assertEquals("[::1]", OriginPattern.hostPart("[::1]"));
        assertEquals("", OriginPattern.hostPart("https://"));
    }

    @Test
    void loopbackHostsAreLocalhostTheLoopbackNetworkAndIpv6Loopback() {
        for (String host : new String[] {"localhost", "app.localhost", "*.localhost", "127.0.0.1", "127.1.2.3", "[::1]"}) {
            assertTrue(Origins.isLoopbackHost(host), host);
        }
        for (String host : new String[] {"example.com", "127.example.com", "localhost.example.com", "128.0.0.1",
                "[::2]", "*", "", "10.0.0.1"}) {
            assertFalse(Origins.isLoopbackHost(host), host);
        }
    }


    // ---- parse: accepted patterns ----

    @Test
    void wildcardPattern() {
        OriginPattern p = OriginPattern.parse("https://*.example.com");
        assertEquals("example.com", p.wildcardDomain());
        assertEquals("https", p.scheme());
        assertEquals("https://*.example.com", p.toString());
    }

    @Test
    void exactHostPattern() {
        OriginPattern p = OriginPattern.parse("http://localhost:[*]");
        assertNull(p.wildcardDomain());
        assertEquals("http", p.scheme());
        assertEquals("http://localhost:[*]", p.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://*.example.com",
        "https://*.a.b.example.com",
        "https://*.example.com:8443",
        "https://*.example.com:[8080,8443]",
        "https://*.example.com:[8443, 8080]",
        "https://*.example.com:[*]",
        "http://localhost:[*]",
        "http://localhost:3000",
        "https://app.example.com",
        "http://[::1]:[*]",
        "http://[::1]:8080",
        "http://[::1]",
        "http://127.0.0.1:[3000,3001]",
        "https://*.example.com:[80]",   // 80 is not https's default
        "http://*.example.com:[443]",   // nor 443 http's
        "chrome-extension://abcdef",
    })
    void validPatternsParse(String pattern) {
        assertEquals(pattern, OriginPattern.parse(pattern).toString());
    }

    // ---- parse: rejected patterns, with messages ----

    static Stream<Arguments> badPatterns() {
        return Stream.of(
            Arguments.of("", "empty"),
            Arguments.of("*.example.com", "no scheme"),
            Arguments.of("://*.example.com", "no scheme"),
            Arguments.of("HTTPS://*.example.com", "lower case"),
            Arguments.of("Https://*.example.com", "lower case"),
            Arguments.of("ht tp://*.example.com", "scheme"),
            Arguments.of("https://*", "leftmost label"),
            Arguments.of("https://*.*.example.com", "leftmost label"),
            Arguments.of("https://**.example.com", "leftmost label"),
            Arguments.of("https://*example.com", "leftmost label"),
            Arguments.of("https://a.*.example.com", "leftmost label"),
            Arguments.of("https://app.*", "leftmost label"),
            Arguments.of("https://app.example.*", "leftmost label"),
            Arguments.of("https://*.example.com:[8080,*]", "malformed port list"),
            Arguments.of("https://*.", "not a lower-case host name"),
            Arguments.of("https://*.example.com.", "not a lower-case host name"),
            Arguments.of("https://app.example.com.", "not a lower-case host name"),
            Arguments.of("https://*..example.com", "not a lower-case host name"),
            Arguments.of("https://", "not a lower-case host name"),
            Arguments.of("https://:8080", "not a lower-case host name"),
            Arguments.of("https://*.example.com/", "trailing slash"),
            Arguments.of("https://*.example.com/path", "path"),
            Arguments.of("https://*.example.com?x", "not a lower-case host name"),
            Arguments.of("https://user@app.example.com", "not a lower-case host name"),
            Arguments.of("https://*.Example.com", "\"*.example.com\""),
            Arguments.of("https://APP.example.com", "lower case: \"app.example.com\""),
            Arguments.of("https://*.example.com:", "malformed port list"),
            Arguments.of("https://*.example.com:[]", "malformed port list"),
            Arguments.of("https://*.example.com:[8080,]", "malformed port list"),
            Arguments.of("https://*.example.com:[,8080]", "malformed port list"),
            Arguments.of("https://*.example.com:[8080", "malformed port list"),
            Arguments.of("https://*.example.com:8080]", "malformed port list"),
            Arguments.of("https://*.example.com:[65536]", "malformed port list"),
            Arguments.of("https://*.example.com:[123456]", "malformed port list"),
            Arguments.of("https://*.example.com:[-1]", "malformed port list"),
            Arguments.of("https://*.example.com:[08080]", "malformed port list"),
            Arguments.of("https://*.example.com:[http]", "malformed port list"),
            Arguments.of("https://*.example.com:[8080;8443]", "malformed port list"),
            Arguments.of("https://*.example.com:[[8080]]", "malformed port list"),
            Arguments.of("https://*.example.com:8080:8443", "malformed port list"),
            Arguments.of("https://*.example.com:[443]", "default port of https"),
            Arguments.of("https://*.example.com:443", "default port of https"),
            Arguments.of("https://*.example.com:[8080,443]", "lists port 443"),
            Arguments.of("http://localhost:[80]", "default port of http"),
            Arguments.of("http://localhost:80", "default port of http"),
            Arguments.of("wss://*.example.com:[443,8443]", "default port of wss"),
            Arguments.of("https://*.example.com:[8443,6000]", "bad ports"),
            Arguments.of("http://localhost:10080", "bad ports"),
            Arguments.of("http://localhost:[0]", "no page is ever served from"));
    }

    @ParameterizedTest
    @MethodSource("badPatterns")
    void badPatternsAreRefusedWithAReason(String pattern, String says) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OriginPattern.parse(pattern));
        assertTrue(e.getMessage().contains(says), () -> "expected <" + says + "> in: " + e.getMessage());
        if (!pattern.isEmpty()) {
            assertTrue(e.getMessage().contains('"' + pattern + '"'), e::getMessage);
        }
    }

    @Test
    void nullPatternIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OriginPattern.parse(null));
        assertTrue(e.getMessage().contains("empty"), e::getMessage);
    }

    @Test
    void hostilePatternsAreRefusedNotThrownThrough() {
        String[] hostile = {
            "https://*.example.com\r\n",
            "https://*.example.com\0",
            "https://*.exa mple.com",
            "https://*.example.com:[" + "8080,".repeat(10_000) + "]",
            "https://" + "[".repeat(50),
            "https://[::1",
            "https://*.[::1]",
            "https://*.example.com:[" + "9".repeat(50) + "]",
        };
        for (String pattern : hostile) {
            assertThrows(IllegalArgumentException.class, () -> OriginPattern.parse(pattern), pattern);
        }
    }

    // ---- matches: wildcard, default port only ----

    @ParameterizedTest
    @ValueSource(strings = {
        "https://a.example.com",
        "https://app.example.com",
        "https://a.b.example.com",
        "https://x.y.z.example.com",
        "https://a-b.example.com",
        "https://0.example.com",
        "https://xn--bcher-kva.example.com",
    })
    void wildcardMatchesOneOrMoreLabels(String origin) {
        OriginPattern p = OriginPattern.parse("https://*.example.com");
        assertTrue(p.matches(origin), origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com",            // the domain itself is never matched
        "https://evil-example.com",
        "https://evilexample.com",
        "https://app.example.com.evil.com",
        "https://example.com.evil.com",
        "https://a.example.co",
        "https://a.example.comx",
        "https://a.example.com.",          // trailing dot: browsers would send it, the pattern does not cover it
        "http://a.example.com",            // scheme downgrade
        "wss://a.example.com",
        "https://a.example.com:8443",      // explicit port, none listed
        "https://a.example.com:443",
        "https://[::1]",
        "https://com",
        "https://a.other.com",
    })
    void wildcardRefusesLookalikes(String origin) {
        OriginPattern p = OriginPattern.parse("https://*.example.com");
        assertFalse(p.matches(origin), origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.example.com@evil.com",
        "https://evil.com@app.example.com",
        "https://evil.com#.example.com",
        "https://evil.com/.example.com",
        "https://evil.com?.example.com",
        "https://app.example.com/",
        "https://app.example.com/path",
        "HTTPS://APP.EXAMPLE.COM",
        "https://App.Example.com",
        "https://app.example.com\r\n",
        "https://app.example.com\0",
        "https://app.example.com\nX-Injected: 1",
        " https://app.example.com",
        "https://.example.com",
        "https://..example.com",
        "https://app.example.com:99999",
        "https://app.example.com:",
        "null",
        "",
    })
    void hostileOriginsNeverMatch(String origin) {
        for (String pattern : new String[] {"https://*.example.com", "https://*.example.com:[*]",
                "https://*.example.com:[8080,8443]", "https://app.example.com", "https://app.example.com:[*]"}) {
            assertFalse(OriginPattern.parse(pattern).matches(origin), pattern + " vs " + origin);
        }
    }

    @Test
    void veryLongOrigins() {
        OriginPattern p = OriginPattern.parse("https://*.example.com");
        String longButServed = "https://" + "a.".repeat(1000) + "example.com";
        assertTrue(longButServed.length() <= Origins.MAX_LENGTH);
        assertTrue(p.matches(longButServed));
        String tooLong = "https://" + "a.".repeat(100_000) + "example.com";
        assertFalse(p.matches(tooLong));
        assertFalse(p.matches("https://" + "a".repeat(1_000_000)));
    }

    // ---- matches: port lists ----

    @Test
    void portListAllowsExactlyThosePorts() {
        OriginPattern p = OriginPattern.parse("https://*.example.com:[8443,8080]");
        assertTrue(p.matches("https://a.example.com:8080"));
        assertTrue(p.matches("https://a.example.com:8443"));
        assertTrue(p.matches("https://a.b.example.com:8443"));
        assertFalse(p.matches("https://a.example.com"), "a port list leaves the default port out");
        assertFalse(p.matches("https://a.example.com:443"));
        assertFalse(p.matches("https://a.example.com:8081"));
        assertFalse(p.matches("https://a.example.com:80"));
        assertFalse(p.matches("https://a.example.com:0"));
        assertFalse(p.matches("https://a.example.com:65535"));
        assertFalse(p.matches("https://example.com:8080"));
        assertFalse(p.matches("http://a.example.com:8080"));
        assertFalse(p.matches("https://evil-example.com:8080"));
        assertFalse(p.matches("https://a.example.com:8080/"));
        assertFalse(p.matches("https://a.example.com:080"), "not the same string a browser sends");
    }

    @Test
    void singlePort() {
        OriginPattern p = OriginPattern.parse("https://*.example.com:8443");
        assertTrue(p.matches("https://a.example.com:8443"));
        assertFalse(p.matches("https://a.example.com"));
        assertFalse(p.matches("https://a.example.com:8444"));
    }

    @Test
    void anyPort() {
        OriginPattern p = OriginPattern.parse("http://localhost:[*]");
        assertTrue(p.matches("http://localhost"));
        assertTrue(p.matches("http://localhost:3000"));
        assertTrue(p.matches("http://localhost:0"));
        assertTrue(p.matches("http://localhost:65535"));
        assertFalse(p.matches("https://localhost:3000"));
        assertFalse(p.matches("http://localhost.evil.com:3000"));
        assertFalse(p.matches("http://evil-localhost:3000"));
        assertFalse(p.matches("http://evillocalhost"));
        assertFalse(p.matches("http://localhos:3000"));
        assertFalse(p.matches("http://a.localhost:3000"), "an exact host does not match subdomains");
        assertFalse(p.matches("http://localhost."));
        assertFalse(p.matches("http://localhost:3000/"));
        assertFalse(p.matches("http://localhost:99999"));
        assertFalse(p.matches("http://localhost:3000@evil.com"));
        assertFalse(p.matches("http://evil.com@localhost:3000"));
    }

    @Test
    void anyPortStillRefusesWhatNoBrowserSends() {
        OriginPattern localhost = OriginPattern.parse("http://localhost:[*]");
        assertFalse(localhost.matches("http://localhost:80"), "the default port is left out by browsers");
        assertFalse(localhost.matches("http://localhost:03000"));
        assertFalse(localhost.matches("http://localhost:00"));
        assertFalse(localhost.matches("http://localhost:65536"));
        assertFalse(localhost.matches("http://localhost:3000:3000"));
        assertFalse(localhost.matches("http://localhost:-1"));
        assertFalse(localhost.matches("http://localhost: 3000"));
        assertFalse(localhost.matches(null));
        OriginPattern subdomains = OriginPattern.parse("https://*.example.com:[*]");
        assertFalse(subdomains.matches("https://a.example.com:443"));
        assertTrue(subdomains.matches("https://a.example.com:80"), "80 is not https's default");
        assertFalse(subdomains.matches("https://a..b.example.com:8443"));
        assertFalse(subdomains.matches("https://A.example.com:8443"));
        assertFalse(subdomains.matches("https://a_b.example.com"));
        OriginPattern ipv6 = OriginPattern.parse("http://[::1]:[*]");
        assertTrue(ipv6.matches("http://[::1]"));
        assertTrue(ipv6.matches("http://[::1]:3000"));
        assertFalse(ipv6.matches("http://[::1]:80"));
        assertFalse(ipv6.matches("http://[::1]x"));
        assertFalse(ipv6.matches("http://[::12]:3000"));
        OriginPattern extension = OriginPattern.parse("chrome-extension://abcdef:[*]");
        assertTrue(extension.matches("chrome-extension://abcdef:80"), "no default port for this scheme");
    }

    @Test
    void wildcardWithAnyPort() {
        OriginPattern p = OriginPattern.parse("https://*.example.com:[*]");
        assertTrue(p.matches("https://a.example.com"));
        assertTrue(p.matches("https://a.example.com:1"));
        assertFalse(p.matches("https://example.com:1"));
        assertFalse(p.matches("https://evil-example.com:1"));
    }

    @Test
    void exactHostDefaultPortOnly() {
        OriginPattern p = OriginPattern.parse("https://app.example.com");
        assertTrue(p.matches("https://app.example.com"));
        assertFalse(p.matches("https://app.example.com:8443"));
        assertFalse(p.matches("https://xapp.example.com"));
        assertFalse(p.matches("https://a.app.example.com"));
        assertFalse(p.matches("https://app.example.co"));
        assertFalse(p.matches("https://app.example.com.evil.com"));
        assertFalse(p.matches("http://app.example.com"));
    }

    @Test
    void ipv6Hosts() {
        OriginPattern any = OriginPattern.parse("http://[::1]:[*]");
        assertTrue(any.matches("http://[::1]"));
        assertTrue(any.matches("http://[::1]:8080"));
        assertFalse(any.matches("http://[::2]:8080"));
        assertFalse(any.matches("http://[::11]:8080"));
        assertFalse(any.matches("http://localhost:8080"));

        OriginPattern one = OriginPattern.parse("http://[::1]:8080");
        assertTrue(one.matches("http://[::1]:8080"));
        assertFalse(one.matches("http://[::1]"));
        assertFalse(one.matches("http://[::1]:8081"));

        OriginPattern wildcard = OriginPattern.parse("http://*.example.com:[*]");
        assertFalse(wildcard.matches("http://[::1]:8080"));
    }

    @Test
    void publicSuffixWildcardParsesHereTheProcessorRefusesIt() {
        // E9 (wildcard in front of a public suffix) is the processor's rule; the runtime parser only checks syntax
        OriginPattern p = OriginPattern.parse("https://*.com");
        assertEquals("com", p.wildcardDomain());
        assertTrue(p.matches("https://example.com"));
        assertFalse(p.matches("https://com"));
    }

    @Test
    void matchingNeverThrowsOnValuesShorterThanTheScheme() {
        OriginPattern p = OriginPattern.parse("https://*.example.com");
        assertFalse(p.matches("https://"));
        assertFalse(p.matches("http"));
        assertFalse(p.matches(""));
    }
}
