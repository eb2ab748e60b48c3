package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        FakeContext application = new FakeContext(RuntimeType.SERVER);
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
        FakeContext checkFirst = new FakeContext(RuntimeType.SERVER);
        new PreflightStartupCheck().configure(checkFirst);
        new Generated().configure(checkFirst);
        deployAll(checkFirst);

        FakeContext featureFirst = new FakeContext(RuntimeType.SERVER);
        new Generated().configure(featureFirst);
        new PreflightStartupCheck.ListedProvider().configure(featureFirst);
        deployAll(featureFirst);

        assertEquals(List.of(), captured.records());
    }

    @Test
    void oneCheckPerApplicationHoweverItArrives() {
        FakeContext application = new FakeContext(RuntimeType.SERVER);
        new PreflightStartupCheck().configure(application);
        new PreflightStartupCheck.ListedProvider().configure(application);
        new PreflightStartupCheck().configure(application);
        assertEquals(1, application.registered.size(), application.registered.toString());
        assertTrue(application.registered.get(0) instanceof DynamicFeature);
    }

    @Test
    void registersNothingPerResourceMethod() throws Exception {
        FakeContext application = new FakeContext(RuntimeType.SERVER);
        new PreflightStartupCheck().configure(application);
        DynamicFeature check = (DynamicFeature) application.registered.get(0);
        FakeContext method = new FakeContext(RuntimeType.SERVER);
        check.configure(resource(Items.class.getMethod("list")), method);
        check.configure(resource(Items.class.getMethod("get")), method);
        assertEquals(List.of(), method.registered);
    }

    @Test
    void nothingOnTheClient() {
        FakeContext client = new FakeContext(RuntimeType.CLIENT);
        assertFalse(new PreflightStartupCheck().configure(client));
        assertEquals(List.of(), client.registered);
    }

    @Test
    void neverThrows() throws Exception {
        FakeContext broken = new FakeContext(RuntimeType.SERVER) {
            @Override
            public Object getProperty(String name) {
                throw new IllegalStateException("broken container");
            }
        };
        assertFalse(new PreflightStartupCheck().configure(broken));

        FakeContext application = new FakeContext(RuntimeType.SERVER);
        new PreflightStartupCheck().configure(application);
        ((DynamicFeature) application.registered.get(0)).configure(resource(Items.class.getMethod("list")), broken);
        assertEquals(List.of(), captured.records());
    }

    private static void deployAll(FakeContext application) throws Exception {
        for (Object registered : List.copyOf(application.registered)) {
            if (registered instanceof DynamicFeature dynamic) {
                for (Method m : List.of(Items.class.getMethod("list"), Items.class.getMethod("get"))) {
                    dynamic.configure(resource(m), new FakeContext(RuntimeType.SERVER, application.properties));
                }
            }
        }
    }

    private static ResourceInfo resource(Method method) {
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return method.getDeclaringClass();
            }
        };
    }

    /** A container's feature context and configuration, reduced to properties and what is registered. */
    private static class FakeContext implements FeatureContext, Configuration {
        final Map<String, Object> properties;
        final List<Object> registered = new ArrayList<>();
        private final RuntimeType runtimeType;

        FakeContext(RuntimeType runtimeType) {
            this(runtimeType, new HashMap<>());
        }

        FakeContext(RuntimeType runtimeType, Map<String, Object> properties) {
            this.runtimeType = runtimeType;
            this.properties = properties;
        }

        @Override
        public Configuration getConfiguration() {
            return this;
        }

        @Override
        public FeatureContext property(String name, Object value) {
            properties.put(name, value);
            return this;
        }

        @Override
        public FeatureContext register(Object component) {
            registered.add(component);
            return this;
        }

        @Override
        public FeatureContext register(Object component, int priority) {
            return register(component);
        }

        @Override
        public FeatureContext register(Object component, Class<?>... contracts) {
            return register(component);
        }

        @Override
        public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
            return register(component);
        }

        @Override
        public FeatureContext register(Class<?> componentClass) {
            registered.add(componentClass);
            return this;
        }

        @Override
        public FeatureContext register(Class<?> componentClass, int priority) {
            return register(componentClass);
        }

        @Override
        public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
            return register(componentClass);
        }

        @Override
        public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
            return register(componentClass);
        }

        @Override
        public RuntimeType getRuntimeType() {
            return runtimeType;
        }

        @Override
        public Map<String, Object> getProperties() {
            return properties;
        }

        @Override
        public Object getProperty(String name) {
            return properties.get(name);
        }

        @Override
        public Collection<String> getPropertyNames() {
            return properties.keySet();
        }

        @Override
        public boolean isEnabled(Feature feature) {
            return false;
        }

        @Override
        public boolean isEnabled(Class<? extends Feature> featureClass) {
            return false;
        }

        @Override
        public boolean isRegistered(Object component) {
            return registered.contains(component);
        }

        @Override
        public boolean isRegistered(Class<?> componentClass) {
            return false;
        }

        @Override
        public Map<Class<?>, Integer> getContracts(Class<?> componentClass) {
            return Map.of();
        }

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of();
        }

        @Override
        public Set<Object> getInstances() {
            return Set.copyOf(registered);
        }
    }
}
