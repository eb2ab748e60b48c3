package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.testing.FakeFeatureContext;
import dev.preflight.testing.FakeRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.RuntimeType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the generated feature's superclass registers, per application, however often it is configured. */
class PreflightFeatureSupportTest {
    private static final String ORIGIN = "https://app.example.com";

    @Path("items")
    public static class Items {
        @GET
        public String list() {
            return "";
        }
    }

    @Path("others")
    public static class Others {
        @GET
        public String list() {
            return "";
        }
    }

    private static final PolicyTable ITEMS = PolicyTable.builder(1)
            .add("dev.preflight.runtime.PreflightFeatureSupportTest$Items#list()", ORIGIN, "", 0, null, null, null)
            .build();
    private static final PolicyTable OTHERS = PolicyTable.builder(1)
            .add("dev.preflight.runtime.PreflightFeatureSupportTest$Others#list()", ORIGIN, "", 0, null, null, null)
            .build();

    /** A generated feature of one module. */
    static final class Generated extends PreflightFeatureSupport {
        Generated(PolicyTable policies) {
            super(policies);
        }
    }

    /** Its twin listed in {@code META-INF/services/jakarta.ws.rs.ext.Providers}. */
    static final class ListedTwin extends PreflightFeatureSupport {
        ListedTwin(PolicyTable policies) {
            super(policies, true);
        }
    }

    @Test
    void registersTheFilterTheBinderAndTheNegotiationFilter() {
        FakeFeatureContext application = new FakeFeatureContext();
        assertTrue(new Generated(ITEMS).configure(application));

        assertEquals(3, application.registered().size(), application.registered().toString());
        PreflightFilter filter = application.only(PreflightFilter.class);
        assertEquals(PreflightFilter.PRIORITY, application.priorityOf(filter));
        assertEquals(FakeFeatureContext.NO_PRIORITY, application.priorityOf(application.only(PreflightBinder.class)));
        NegotiationFailureFilter negotiation = application.only(NegotiationFailureFilter.class);
        assertEquals(CorsResourceFilter.PRIORITY, application.priorityOf(negotiation));
        assertTrue(application.getProperty(PreflightFeatureSupport.STATE) instanceof ApplicationCors);
    }

    @Test
    void configuredAgainOrByTheTwinRegistersNothingMore() {
        FakeFeatureContext application = new FakeFeatureContext();
        Generated feature = new Generated(ITEMS);
        feature.configure(application);
        Object state = application.getProperty(PreflightFeatureSupport.STATE);
        assertTrue(feature.configure(application));
        assertTrue(new Generated(ITEMS).configure(application));
        assertTrue(new ListedTwin(ITEMS).configure(application));

        assertEquals(3, application.registered().size(), application.registered().toString());
        assertSame(state, application.getProperty(PreflightFeatureSupport.STATE));
    }

    @Test
    void theFeaturesOfSeveralModulesShareOneFilterAndBinder() {
        TestDeployment app = new TestDeployment(new Generated(ITEMS), new Generated(OTHERS)).deploy(Items.class, Others.class);

        assertEquals(3, app.application.registered().size(), app.application.registered().toString());
        app.filterOf(Items.class, "list");
        app.filterOf(Others.class, "list");
    }

    @Test
    void eachApplicationHasItsOwnState() {
        TestDeployment first = new TestDeployment(new Generated(ITEMS)).deploy(Items.class, Others.class);
        TestDeployment second = new TestDeployment(new Generated(OTHERS)).deploy(Items.class, Others.class);

        assertNotSame(first.application.getProperty(PreflightFeatureSupport.STATE),
                second.application.getProperty(PreflightFeatureSupport.STATE));
        first.filterOf(Items.class, "list");
        assertEquals(List.of(), first.registeredFor(Others.class, "list"), "the other application's policy");
        second.filterOf(Others.class, "list");
        assertEquals(List.of(), second.registeredFor(Items.class, "list"), "the other application's policy");
    }

    @Test
    void nothingOnTheClient() {
        FakeFeatureContext client = new FakeFeatureContext(RuntimeType.CLIENT);
        assertFalse(new Generated(ITEMS).configure(client));
        assertEquals(List.of(), client.registered());
        assertNull(client.getProperty(PreflightFeatureSupport.STATE));
    }

    @Test
    void originsFromAnUnsetPlaceholderFailTheDeployment() {
        PolicyTable unset = PolicyTable.builder(1)
                .add("dev.preflight.runtime.PreflightFeatureSupportTest$Items#list()",
                        "${preflight.test.never.set.origins}", "", 0, null, null, null)
                .build();
        FakeFeatureContext application = new FakeFeatureContext();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Generated(unset).configure(application));
        assertTrue(e.getMessage().contains("preflight.test.never.set.origins"), e.getMessage());
        assertEquals(List.of(), application.registered(), "nothing half-registered");
    }

    @Test
    void theListedTwinStandsDownWhereServiceLoadingIsOff() {
        FakeFeatureContext application = new FakeFeatureContext();
        application.property(ApplicationCors.LOAD_SERVICES, "false");
        TestDeployment app = new TestDeployment(application, new ListedTwin(ITEMS)).deploy(Items.class);

        assertEquals(List.of(), app.registeredFor(Items.class, "list"));
        FakeRequest preflight = new FakeRequest("OPTIONS", "https://api.example.com/", "items")
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET");
        app.preflightFilter().filter(preflight);
        assertNull(preflight.aborted(), "no preflight answered");
    }

    @Test
    void aFeatureRegisteredByHandServesAlsoWhereServiceLoadingIsOff() {
        FakeFeatureContext application = new FakeFeatureContext();
        application.property(ApplicationCors.LOAD_SERVICES, false);
        TestDeployment app = new TestDeployment(application, new ListedTwin(ITEMS), new Generated(ITEMS))
                .deploy(Items.class);

        app.filterOf(Items.class, "list");
    }
}
