package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.testing.FakeFeatureContext;
import dev.preflight.testing.FakeResourceInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The start-up check against a fake container: warns once where no generated feature configured the application. */
class PreflightStartupCheckTest {
    private static final PolicyTable POLICIES = PolicyTable.builder(1)
            .add("dev.preflight.runtime.PreflightStartupCheckTest$Items#list()", "https://app.example.com", "", 0,
                    null, null, null)
            .build();

    private final CapturedWarnings captured = new CapturedWarnings();

    @BeforeEach
    void capture() {
        captured.start();
    }

    @AfterEach
    void release() {
        captured.stop();
    }

    @Path("items")
    public static class Items {
        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("{id}")
        public String get() {
            return "";
        }
    }

    /** What the generated feature is. */
    static final class Generated extends PreflightFeatureSupport {
        Generated() {
            super(POLICIES);
        }
    }

    @Test
    void warnsOnceWhenNoGeneratedFeatureConfiguredTheApplication() throws Exception {
        FakeFeatureContext application = new FakeFeatureContext(RuntimeType.SERVER);
        assertTrue(new PreflightStartupCheck().configure(application));
        deployAll(application);

        assertEquals(1, captured.records().size(), "one warning, however many resource methods");
        LogRecord warning = captured.records().get(0);
        assertEquals(Level.WARNING, warning.getLevel());
        String message = warning.getMessage();
        assertTrue(message.contains("CORS is OFF"), message);
        assertTrue(message.contains(Items.class.getName()), message);
        assertTrue(message.contains("annotationProcessorPaths"), message);
        assertTrue(message.contains("3.5"), message);
        assertTrue(message.contains("jakarta.ws.rs.loadServices=false"), message);
    }

    @Test
    void silentWhenAGeneratedFeatureConfiguredTheApplicationInEitherOrder() throws Exception {
        FakeFeatureContext checkFirst = new FakeFeatureContext(RuntimeType.SERVER);
        new PreflightStartupCheck().configure(checkFirst);
        new Generated().configure(checkFirst);
        deployAll(checkFirst);

        FakeFeatureContext featureFirst = new FakeFeatureContext(RuntimeType.SERVER);
        new Generated().configure(featureFirst);
        new PreflightStartupCheck.ListedProvider().configure(featureFirst);
        deployAll(featureFirst);

        assertEquals(List.of(), captured.records());
    }

    @Test
    void oneCheckPerApplicationHoweverItArrives() {
        FakeFeatureContext application = new FakeFeatureContext(RuntimeType.SERVER);
        new PreflightStartupCheck().configure(application);
        new PreflightStartupCheck.ListedProvider().configure(application);
        new PreflightStartupCheck().configure(application);
        assertEquals(1, application.registered().size(), application.registered().toString());
        assertTrue(application.registered().get(0) instanceof DynamicFeature);
    }

    @Test
    void registersNothingPerResourceMethod() throws Exception {
        FakeFeatureContext application = new FakeFeatureContext(RuntimeType.SERVER);
        new PreflightStartupCheck().configure(application);
        DynamicFeature check = (DynamicFeature) application.registered().get(0);
        FakeFeatureContext method = new FakeFeatureContext(RuntimeType.SERVER);
        check.configure(resource(Items.class.getMethod("list")), method);
        check.configure(resource(Items.class.getMethod("get")), method);
        assertEquals(List.of(), method.registered());
    }

    @Test
    void nothingOnTheClient() {
        FakeFeatureContext client = new FakeFeatureContext(RuntimeType.CLIENT);
        assertFalse(new PreflightStartupCheck().configure(client));
        assertEquals(List.of(), client.registered());
    }

    @Test
    void neverThrows() throws Exception {
        FakeFeatureContext broken = new FakeFeatureContext(RuntimeType.SERVER) {
            @Override
            public Object getProperty(String name) {
                throw new IllegalStateException("broken container");
            }
        };
        assertFalse(new PreflightStartupCheck().configure(broken));

        FakeFeatureContext application = new FakeFeatureContext(RuntimeType.SERVER);
        new PreflightStartupCheck().configure(application);
        ((DynamicFeature) application.registered().get(0)).configure(resource(Items.class.getMethod("list")), broken);
        assertEquals(List.of(), captured.records());
    }

    private static void deployAll(FakeFeatureContext application) throws Exception {
        for (Object registered : application.registered()) {
            if (registered instanceof DynamicFeature dynamic) {
                for (Method m : List.of(Items.class.getMethod("list"), Items.class.getMethod("get"))) {
                    dynamic.configure(resource(m), application.forResourceMethod());
                }
            }
        }
    }

    private static ResourceInfo resource(Method method) {
        return FakeResourceInfo.of(method);
    }
}
