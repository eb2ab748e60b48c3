package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.preflight.testing.FakeFeatureContext;
import dev.preflight.testing.FakeRequest;
import dev.preflight.testing.FakeResourceInfo;
import dev.preflight.testing.FakeResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.DynamicFeature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dynamic feature: which resource methods get a filter, which filter, and what it then does. */
class PreflightBinderTest {
    private static final String ORIGIN = "https://app.example.com";
    private static final String OTHER_ORIGIN = "https://admin.example.com";

    @Path("items")
    public static class Items {
        @GET
        public String list() {
            return "";
        }

        @POST
        public String create() {
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

        @OPTIONS
        @Path("{id}")
        public String options() {
            return "";
        }
    }

    /** Reached only through a sub-resource locator, so deployed after the first request. */
    @Path("late")
    public static class Late {
        @GET
        public String get() {
            return "";
        }
    }

    private static final PolicyTable POLICIES = PolicyTable.builder(2)
            .add("dev.preflight.runtime.PreflightBinderTest$Items#list() #create() #options()"
                    + " dev.preflight.runtime.PreflightBinderTest$Late#get()",
                    ORIGIN, "", PolicyTable.CREDENTIALS, null, "X-Total-Count", null)
            .add("dev.preflight.runtime.PreflightBinderTest$Items#update()", OTHER_ORIGIN, "", 0, null, null, null)
            .build();

    private static TestDeployment deployed() {
        return new TestDeployment(new PreflightFeatureSupportTest.Generated(POLICIES)).deploy(Items.class);
    }

    @Test
    void bindsAFilterToEachCoveredMethodAheadOfAuthentication() {
        TestDeployment app = deployed();
        assertNotNull(app.filterOf(Items.class, "list"));
        assertEquals(CorsResourceFilter.PRIORITY, app.priorityOf(Items.class, "list"));
        assertEquals(1, app.registeredFor(Items.class, "update").size());
    }

    @Test
    void nothingForAMethodWithoutPolicy() {
        assertEquals(List.of(), deployed().registeredFor(Items.class, "delete"));
    }

    @Test
    void nothingForAnOptionsMethodEvenIfAPolicyCoversIt() {
        // the preflight filter answers OPTIONS before matching; the application's own @OPTIONS is not CORS
        assertEquals(List.of(), deployed().registeredFor(Items.class, "options"));
    }

    @Test
    void methodsOfOnePolicyShareOneFilter() {
        TestDeployment app = deployed();
        assertSame(app.filterOf(Items.class, "list"), app.filterOf(Items.class, "create"));
        assertNotSame(app.filterOf(Items.class, "list"), app.filterOf(Items.class, "update"));
    }

    @Test
    void nothingWithoutAResourceClassOrMethod() throws Exception {
        FakeFeatureContext application = new FakeFeatureContext();
        new PreflightFeatureSupportTest.Generated(POLICIES).configure(application);
        DynamicFeature binder = application.only(DynamicFeature.class);
        FakeFeatureContext context = application.forResourceMethod();
        binder.configure(new FakeResourceInfo(null, Items.class.getMethod("list")), context);
        binder.configure(new FakeResourceInfo(Items.class, null), context);
        assertEquals(List.of(), context.registered());
    }

    @Test
    void theBoundFilterDecoratesAnAllowedOriginAndRefusesAnother() {
        CorsResourceFilter filter = deployed().filterOf(Items.class, "list");

        FakeRequest allowed = new FakeRequest("GET", "https://api.example.com/", "items").header("Origin", ORIGIN);
        filter.filter(allowed);
        assertNull(allowed.aborted());
        FakeResponse response = new FakeResponse(200);
        response.getHeaders().add("Vary", "Accept");
        filter.filter(allowed, response);
        assertEquals(ORIGIN, response.getHeaderString("Access-Control-Allow-Origin"));
        assertEquals("true", response.getHeaderString("Access-Control-Allow-Credentials"));
        assertEquals("X-Total-Count", response.getHeaderString("Access-Control-Expose-Headers"));
        assertEquals(List.of("Accept, Origin"), response.getHeaders().get("Vary"));

        FakeRequest refused = new FakeRequest("GET", "https://api.example.com/", "items").header("Origin", OTHER_ORIGIN);
        filter.filter(refused);
        assertNotNull(refused.aborted());
        FakeResponse refusal = FakeResponse.of(refused.aborted());
        filter.filter(refused, refusal);
        assertEquals(403, refusal.getStatus());
        assertEquals("Origin", refusal.getHeaderString("Vary"));
        assertNull(refusal.getHeaderString("Access-Control-Allow-Origin"));

        FakeRequest withoutOrigin = new FakeRequest("GET", "https://api.example.com/", "items");
        filter.filter(withoutOrigin);
        assertNull(withoutOrigin.aborted());
        FakeResponse plain = new FakeResponse(200);
        filter.filter(withoutOrigin, plain);
        assertEquals(List.of("Vary"), List.copyOf(plain.getHeaders().keySet()));
        assertEquals("Origin", plain.getHeaderString("Vary"));
    }

    @Test
    void classesDeployedAfterTheFirstRequestAreNoRootResources() {
        TestDeployment app = deployed();
        FakeRequest first = new FakeRequest("GET", "https://api.example.com/", "items");
        app.preflightFilter().filter(first);
        app.deploy(Late.class); // a runtime reports a locator's target when it first reaches it

        app.filterOf(Late.class, "get"); // its requests still get CORS headers
        FakeRequest preflight = new FakeRequest("OPTIONS", "https://api.example.com/", "late")
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET");
        app.preflightFilter().filter(preflight);
        assertNull(preflight.aborted(), "its path is not one the application's root classes serve");
    }
}
