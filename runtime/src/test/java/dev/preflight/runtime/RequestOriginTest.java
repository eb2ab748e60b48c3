package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.testing.FakeRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOriginTest {
    /** Two {@code Origin} headers, as {@link RequestOrigin#of} combines them. */
    private static final String SEVERAL = "https://app.example.com, https://evil.com";

    // ---- matches(origin, scheme, host, port) ----

    @Test
    void defaultPorts() {
        assertTrue(RequestOrigin.matches("https://app.example.com", "https", "app.example.com", -1));
        assertTrue(RequestOrigin.matches("https://app.example.com", "https", "app.example.com", 443));
        assertTrue(RequestOrigin.matches("http://localhost", "http", "localhost", 80));
        assertTrue(RequestOrigin.matches("http://localhost", "http", "localhost", -1));
        assertFalse(RequestOrigin.matches("https://app.example.com:443", "https", "app.example.com", 443),
                "browsers never send the default port, so an origin naming it is not this server's serialization");
        assertFalse(RequestOrigin.matches("http://localhost:80", "http", "localhost", -1));
        assertFalse(RequestOrigin.matches("https://app.example.com", "https", "app.example.com", 8443));
        assertFalse(RequestOrigin.matches("http://localhost", "http", "localhost", 443));
    }

    @Test
    void explicitPorts() {
        assertTrue(RequestOrigin.matches("https://app.example.com:8443", "https", "app.example.com", 8443));
        assertTrue(RequestOrigin.matches("http://localhost:3000", "http", "localhost", 3000));
        assertTrue(RequestOrigin.matches("http://localhost:443", "http", "localhost", 443));
        assertFalse(RequestOrigin.matches("https://app.example.com:8443", "https", "app.example.com", -1));
        assertFalse(RequestOrigin.matches("https://app.example.com:8443", "https", "app.example.com", 443));
        assertFalse(RequestOrigin.matches("http://localhost:3001", "http", "localhost", 3000));
        assertFalse(RequestOrigin.matches("http://localhost:30000", "http", "localhost", 3000));
        assertFalse(RequestOrigin.matches("http://localhost:300", "http", "localhost", 3000));
        assertFalse(RequestOrigin.matches("http://localhost:", "http", "localhost", 3000));
        assertFalse(RequestOrigin.matches("http://localhost:3000/", "http", "localhost", 3000));
        assertFalse(RequestOrigin.matches("http://localhost:3000x", "http", "localhost", 3000));
        assertFalse(RequestOrigin.matches("http://localhost:99999", "http", "localhost", 99999 % 65536));
    }

    @Test
    void schemeAndHostCompareCaseInsensitively() {
        assertTrue(RequestOrigin.matches("https://app.example.com", "HTTPS", "App.Example.COM", -1));
        assertTrue(RequestOrigin.matches("HTTPS://APP.EXAMPLE.COM", "https", "app.example.com", -1));
        assertTrue(RequestOrigin.matches("https://app.example.com:8443", "Https", "APP.example.com", 8443));
        assertTrue(RequestOrigin.matches("https://app.example.com", "HTTPS", "app.example.com", 443),
                "the default port is found for an upper-case scheme too");
    }

    @Test
    void schemeDowngradeAndUpgradeAreDifferentOrigins() {
        assertFalse(RequestOrigin.matches("http://app.example.com", "https", "app.example.com", -1));
        assertFalse(RequestOrigin.matches("https://app.example.com", "http", "app.example.com", -1));
        assertFalse(RequestOrigin.matches("ws://app.example.com", "http", "app.example.com", -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app.example.com.evil.com",
        "https://evil.app.example.com",
        "https://app.example.co",
        "https://app.example.comx",
        "https://app.example.com.",
        "https://app.example.com/",
        "https://app.example.com/path",
        "https://app.example.com@evil.com",
        "https://evil.com@app.example.com",
        "https://app.example.com\r\n",
        "https://app.example.com\0",
        "https//app.example.com",
        "https:/app.example.com",
        "https:app.example.com",
        "https",
        "https://",
        "null",
        "",
    })
    void otherOriginsAreNotTheServers(String origin) {
        assertFalse(RequestOrigin.matches(origin, "https", "app.example.com", -1), origin);
    }

    @Test
    void veryLongOrigin() {
        String longOrigin = "https://app.example.com" + "m".repeat(100_000);
        assertFalse(RequestOrigin.matches(longOrigin, "https", "app.example.com", -1));
    }

    @Test
    void ipv6Hosts() {
        assertTrue(RequestOrigin.matches("http://[::1]:8080", "http", "[::1]", 8080));
        assertTrue(RequestOrigin.matches("http://[::1]", "http", "[::1]", -1));
        assertFalse(RequestOrigin.matches("http://[::1]:8080", "http", "[::1]", 8081));
        assertFalse(RequestOrigin.matches("http://[::11]:8080", "http", "[::1]", 8080));
    }

    // ---- of / isSameOrigin, through a minimal request ----

    /** A request to {@code uri} (scheme, authority and a path) with exactly {@code headers}. */
    private static ContainerRequestContext request(String uri, MultivaluedMap<String, String> headers) {
        URI full = URI.create(uri);
        URI base = URI.create(full.getScheme() + "://" + full.getRawAuthority() + "/");
        return new FakeRequest("GET", base, full.getRawPath().substring(1), headers);
    }

    private static MultivaluedMap<String, String> headers(String... namesAndValues) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    @Test
    void ofReadsTheSingleOrigin() {
        assertNull(RequestOrigin.of(request("http://127.0.0.1:8080/x", headers())));
        assertEquals("https://app.example.com",
                RequestOrigin.of(request("http://127.0.0.1:8080/x", headers("Origin", "https://app.example.com"))));
        assertEquals(SEVERAL, RequestOrigin.of(request("http://127.0.0.1:8080/x",
                headers("Origin", "https://app.example.com", "Origin", "https://evil.com"))));
        MultivaluedMap<String, String> empty = headers();
        empty.put("Origin", new java.util.ArrayList<>());
        assertNull(RequestOrigin.of(request("http://127.0.0.1:8080/x", empty)));
    }

    @Test
    void severalIsNeverAnAllowedOrigin() {
        assertFalse(Origins.isSerialized(SEVERAL));
    }

    @Test
    void sameOriginFromTheRequestUri() {
        ContainerRequestContext r = request("http://127.0.0.1:8080/api/users", headers());
        assertTrue(RequestOrigin.isSameOrigin("http://127.0.0.1:8080", r));
        assertFalse(RequestOrigin.isSameOrigin("http://127.0.0.1:8081", r));
        assertFalse(RequestOrigin.isSameOrigin("http://127.0.0.1", r));
        assertFalse(RequestOrigin.isSameOrigin("https://127.0.0.1:8080", r));
        ContainerRequestContext defaultPort = request("https://app.example.com/api", headers());
        assertTrue(RequestOrigin.isSameOrigin("https://app.example.com", defaultPort));
        assertFalse(RequestOrigin.isSameOrigin("https://evil.com", defaultPort));
    }

    @Test
    void sameOriginFromTheRequestUriComparesTheHostFirst() {
        ContainerRequestContext upper = request("http://API.Example.com:8080/api", headers());
        assertTrue(RequestOrigin.isSameOrigin("http://api.example.com:8080", upper), "hosts compare ignoring case");
        assertTrue(RequestOrigin.isSameOrigin("HTTP://API.EXAMPLE.COM:8080", upper));
        assertFalse(RequestOrigin.isSameOrigin("http://apj.example.com:8080", upper));
        assertFalse(RequestOrigin.isSameOrigin("http://api.example.co:8080", upper));
        assertFalse(RequestOrigin.isSameOrigin("http://api.example.com.evil:8080", upper));
        assertFalse(RequestOrigin.isSameOrigin("http://api.example.com@evil:8080", upper));
        // '-' and CR differ by 0x20 as 'x' and 'X' do, but are not the same character in another case
        ContainerRequestContext hyphen = request("http://a-b.example.com/api", headers());
        assertFalse(RequestOrigin.isSameOrigin("http://a\rb.example.com", hyphen));
        for (String junk : new String[] {"", ":", "://", "http:", "http:/", "http:/api.example.com:8080", "api.example.com",
                "http//api.example.com:8080", SEVERAL}) {
            assertFalse(RequestOrigin.isSameOrigin(junk, upper), junk);
        }
        ContainerRequestContext ipv6 = request("http://[::1]:3000/api", headers());
        assertTrue(RequestOrigin.isSameOrigin("http://[::1]:3000", ipv6));
        assertFalse(RequestOrigin.isSameOrigin("http://[::1]", ipv6));
        assertFalse(RequestOrigin.isSameOrigin("http://[::2]:3000", ipv6));
        ContainerRequestContext proto = request("http://api.example.com/api", headers("X-Forwarded-Proto", "https"));
        assertTrue(RequestOrigin.isSameOrigin("https://api.example.com", proto), "the proxy's scheme, the URI's host");
        assertFalse(RequestOrigin.isSameOrigin("http://api.example.com", proto));
    }

    @Test
    void sameOriginBehindAProxyWithForwarded() {
        ContainerRequestContext r = request("http://10.0.0.5:8080/api",
                headers("Forwarded", "for=192.0.2.60;proto=https;host=app.example.com"));
        assertTrue(RequestOrigin.isSameOrigin("https://app.example.com", r));
        assertFalse(RequestOrigin.isSameOrigin("http://10.0.0.5:8080", r));
        assertFalse(RequestOrigin.isSameOrigin("http://app.example.com", r));

        ContainerRequestContext quoted = request("http://10.0.0.5:8080/api",
                headers("Forwarded", "Proto=HTTPS; Host=\"App.Example.com:8443\", proto=http;host=evil.com"));
        assertTrue(RequestOrigin.isSameOrigin("https://app.example.com:8443", quoted));
        assertFalse(RequestOrigin.isSameOrigin("http://evil.com", quoted), "only the first element counts");

        ContainerRequestContext ipv6 = request("http://10.0.0.5:8080/api",
                headers("Forwarded", "proto=http;host=\"[::1]:3000\""));
        assertTrue(RequestOrigin.isSameOrigin("http://[::1]:3000", ipv6));
    }

    @Test
    void sameOriginBehindAProxyWithXForwarded() {
        ContainerRequestContext r = request("http://10.0.0.5:8080/api",
                headers("X-Forwarded-Proto", "https, http", "X-Forwarded-Host", " app.example.com , other"));
        assertTrue(RequestOrigin.isSameOrigin("https://app.example.com", r));
        assertFalse(RequestOrigin.isSameOrigin("https://other", r));

        ContainerRequestContext protoOnly = request("http://app.example.com/api", headers("X-Forwarded-Proto", "https"));
        assertTrue(RequestOrigin.isSameOrigin("https://app.example.com", protoOnly));
        assertFalse(RequestOrigin.isSameOrigin("http://app.example.com", protoOnly));

        ContainerRequestContext badPort = request("http://10.0.0.5:8080/api",
                headers("X-Forwarded-Proto", "https", "X-Forwarded-Host", "app.example.com:https"));
        assertFalse(RequestOrigin.isSameOrigin("https://app.example.com", badPort));

        ContainerRequestContext blank = request("http://10.0.0.5:8080/api",
                headers("X-Forwarded-Host", " , ", "Forwarded", "host=\"\""));
        assertTrue(RequestOrigin.isSameOrigin("http://10.0.0.5:8080", blank), "blank values are ignored");
    }
}
