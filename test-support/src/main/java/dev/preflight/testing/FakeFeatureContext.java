package dev.preflight.testing;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code FeatureContext} a container hands a {@code Feature} (one per application) or a
 * {@code DynamicFeature} (one per resource method), and its {@code Configuration}, reduced to what they
 * keep: properties, and the components registered with their priorities, in order. Contexts of one
 * application share its properties: pass the application's {@link #properties()} to each resource
 * method's context, as a container's configuration would show them.
 */
public class FakeFeatureContext implements FeatureContext, Configuration {
    /** The priority of a component registered without one. */
    public static final int NO_PRIORITY = Integer.MIN_VALUE;

    private final RuntimeType runtimeType;
    private final Map<String, Object> properties;
    private final List<Object> registered = new ArrayList<>();
    private final Map<Object, Integer> priorities = new IdentityHashMap<>();

    public FakeFeatureContext(RuntimeType runtimeType, Map<String, Object> properties) {
        this.runtimeType = runtimeType;
        this.properties = properties;
    }

    /** A server application's context, with properties of its own. */
    public FakeFeatureContext() {
        this(RuntimeType.SERVER, new HashMap<>());
    }

    public FakeFeatureContext(RuntimeType runtimeType) {
        this(runtimeType, new HashMap<>());
    }

    /** A resource method's context in the same application, which sees its properties. */
    public FakeFeatureContext forResourceMethod() {
        return new FakeFeatureContext(runtimeType, properties);
    }

    /** The application's properties, shared with the contexts made by {@link #forResourceMethod()}. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** What was registered, instances and classes, in order. */
    public List<Object> registered() {
        return List.copyOf(registered);
    }

    /** The one instance of {@code type} registered; fails if there is none or more than one. */
    public <T> T only(Class<T> type) {
        T found = null;
        for (Object component : registered) {
            if (type.isInstance(component)) {
                if (found != null) {
                    throw new IllegalStateException("more than one " + type.getSimpleName() + " registered: " + registered);
                }
                found = type.cast(component);
            }
        }
        if (found == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " registered: " + registered);
        }
        return found;
    }

    /** The priority {@code component} was registered with, or {@link #NO_PRIORITY}. */
    public int priorityOf(Object component) {
        Integer priority = priorities.get(component);
        if (priority == null) {
            throw new IllegalArgumentException("not registered: " + component);
        }
        return priority;
    }

    private FakeFeatureContext add(Object component, int priority) {
        registered.add(component);
        priorities.put(component, priority);
        return this;
    }

    @Override
    public Configuration getConfiguration() {
        return this;
    }

    @Override
    public FeatureContext property(String name, Object value) {
        if (value == null) {
            properties.remove(name);
        } else {
            properties.put(name, value);
        }
        return this;
    }

    @Override
    public FeatureContext register(Object component) {
        return add(component, NO_PRIORITY);
    }

    @Override
    public FeatureContext register(Object component, int priority) {
        return add(component, priority);
    }

    @Override
    public FeatureContext register(Object component, Class<?>... contracts) {
        return add(component, NO_PRIORITY);
    }

    @Override
    public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
        return add(component, NO_PRIORITY);
    }

    @Override
    public FeatureContext register(Class<?> componentClass) {
        return add(componentClass, NO_PRIORITY);
    }

    @Override
    public FeatureContext register(Class<?> componentClass, int priority) {
        return add(componentClass, priority);
    }

    @Override
    public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
        return add(componentClass, NO_PRIORITY);
    }

    @Override
    public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
        return add(componentClass, NO_PRIORITY);
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
        for (Object component : registered) {
            if (component == componentClass || componentClass.isInstance(component)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Map<Class<?>, Integer> getContracts(Class<?> componentClass) {
        return Map.of();
    }

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Object component : registered) {
            if (component instanceof Class<?> c) {
                classes.add(c);
            }
        }
        return classes;
    }

    @Override
    public Set<Object> getInstances() {
        Set<Object> instances = new LinkedHashSet<>();
        for (Object component : registered) {
            if (!(component instanceof Class<?>)) {
                instances.add(component);
            }
        }
        return instances;
    }
}
