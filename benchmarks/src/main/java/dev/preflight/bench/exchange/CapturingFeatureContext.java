package dev.preflight.bench.exchange;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server-side {@code FeatureContext} a container hands to a feature or dynamic feature, reduced
 * to what it keeps: properties and the provider instances registered.
 */
final class CapturingFeatureContext implements FeatureContext, Configuration {
    private final Map<String, Object> properties = new HashMap<>();
    private final List<Object> registered = new ArrayList<>();

    <T> T only(Class<T> type) {
        T found = null;
        for (Object instance : registered) {
            if (type.isInstance(instance)) {
                if (found != null) {
                    throw new IllegalStateException("more than one " + type.getSimpleName() + " registered");
                }
                found = type.cast(instance);
            }
        }
        if (found == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " registered: " + registered);
        }
        return found;
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
        throw new UnsupportedOperationException("Preflight registers instances");
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
        return RuntimeType.SERVER;
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
        return registered.stream().anyMatch(componentClass::isInstance);
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
