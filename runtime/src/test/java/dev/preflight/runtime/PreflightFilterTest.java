package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.preflight.testing.FakeRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The pre-matching filter: which preflights it answers, refuses or lets through, and with what. */
class PreflightFilterTest {
    private static final String BASE = "https://api.example.com/api/";
    private static final String ORIGIN = "https://app.example.com";

    @Path("items")
    public static class Items {
        @GET
        public String list() {
            return "";
        }

        @PUT
        @Path("{id}")
        public String update() {
            return "";
        }

        @DELETE
        @Path("{id}")
        public void delete() {
        }
    }

    @Path("open")
    public static class Open {
        @GET
        public String get() {
            return "";
        }
    }

    private static final PolicyTable POLICIES = PolicyTable.builder(1)
            .add("dev.preflight.runtime.PreflightFilterTest$Items#list() #update()", ORIGIN, "", PolicyTable.CREDENTIALS,
                    "Authorization, Content-Type", "X-Total-Count", "600")
            .build();

    private final PreflightFilter filter = new TestDeployment(new PreflightFeatureSupportTest.Generated(POLICIES))
            .deploy(Items.class, Open.class)
            .preflightFilter();

    private static FakeRequest preflight(String path, String method) {
        return new FakeRequest("OPTIONS", BASE, path)
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", method);
    }

    private Response answer(FakeRequest request) {
        filter.filter(request);
        return request.aborted();
    }

    @Test
    void answersAnAllowedPreflightWithThePolicysHeaders() {
        Response answer = answer(preflight("items/42", "PUT").header("Access-Control-Request-Headers", "authorization,content-type"));

        assertNotNull(answer);
        assertEquals(204, answer.getStatus());
        assertEquals(ORIGIN, answer.getHeaderString("Access-Control-Allow-Origin"));
        assertEquals("PUT", answer.getHeaderString("Access-Control-Allow-Methods"), "DELETE has no policy");
        assertEquals("Authorization, Content-Type", answer.getHeaderString("Access-Control-Allow-Headers"));
        assertEquals("true", answer.getHeaderString("Access-Control-Allow-Credentials"));
        assertEquals("600", answer.getHeaderString("Access-Control-Max-Age"));
        assertEquals(CorsHeaders.PREFLIGHT_VARY, answer.getHeaderString("Vary"));
        assertNull(answer.getHeaderString("Access-Control-Allow-Private-Network"));
    }

    @Test
    void readsHeaderNamesWrittenInAnyCase() {
        // HTTP/2 sends names in lower case; HTTP/1.1 clients write them as they like
        FakeRequest lowerCase = new FakeRequest("OPTIONS", BASE, "items")
                .header("origin", ORIGIN)
                .header("access-control-request-method", "GET");
        assertEquals(204, answer(lowerCase).getStatus());
        FakeRequest upperCase = new FakeRequest("OPTIONS", BASE, "items")
                .header("ORIGIN", ORIGIN)
                .header("ACCESS-CONTROL-REQUEST-METHOD", "GET");
        assertEquals(204, answer(upperCase).getStatus());
    }

    @Test
    void readsHeadersFromAMapThatDoesNotIgnoreCase() {
        FakeRequest request = new FakeRequest("OPTIONS", URI.create(BASE), "items", new MultivaluedHashMap<>())
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-unknown");
        Response answer = answer(request);
        assertEquals(403, answer.getStatus(), "the request headers were read too");
    }

    @Test
    void letsThroughWhatIsNoPreflight() {
        assertNull(answer(new FakeRequest("GET", BASE, "items").header("Origin", ORIGIN)));
        assertNull(answer(new FakeRequest("OPTIONS", BASE, "items").header("Origin", ORIGIN)), "no request method");
        assertNull(answer(new FakeRequest("OPTIONS", BASE, "items").header("Access-Control-Request-Method", "GET")),
                "no Origin");
        assertNull(answer(preflight("items", "GET").header("Access-Control-Request-Method", "POST")),
                "two request methods");
    }

    @Test
    void letsThroughWhatNoPolicyJudges() {
        assertNull(answer(preflight("items/42", "DELETE")), "a method without policy");
        assertNull(answer(preflight("open", "GET")), "a resource without policy");
        assertNull(answer(preflight("nowhere", "GET")), "no resource");
        assertNull(answer(preflight("items", "GET ")), "not a method token");
        assertNull(answer(preflight("items//42", "PUT")), "an empty segment");
    }

    @Test
    void refusesAnOriginThePolicyDoesNotAllow() {
        Response refusal = answer(new FakeRequest("OPTIONS", BASE, "items/42")
                .header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "PUT"));
        assertEquals(403, refusal.getStatus());
        assertEquals(CorsHeaders.PREFLIGHT_VARY, refusal.getHeaderString("Vary"));
        assertNull(refusal.getHeaderString("Access-Control-Allow-Origin"));
    }

    @Test
    void refusesARequestHeaderThePolicyDoesNotAllow() {
        assertEquals(403, answer(preflight("items/42", "PUT").header("Access-Control-Request-Headers", "x-custom"))
                .getStatus());
    }

    @Test
    void refusesPrivateNetworkAccessThePolicyDoesNotAllow() {
        assertEquals(403, answer(preflight("items", "GET").header("Access-Control-Request-Private-Network", "true"))
                .getStatus());
    }

    @Test
    void letsThroughAPreflightFromTheServersOwnOrigin() {
        // same-origin: the CORS protocol treats it as no Origin, so the application answers it
        FakeRequest sameOrigin = new FakeRequest("OPTIONS", BASE, "items/42")
                .header("Origin", "https://api.example.com")
                .header("Access-Control-Request-Method", "PUT");
        assertNull(answer(sameOrigin));
    }
}
