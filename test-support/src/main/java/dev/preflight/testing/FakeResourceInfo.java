package dev.preflight.testing;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/** The resource method a container hands a {@code DynamicFeature}, and the class it was deployed as. */
public final class FakeResourceInfo implements ResourceInfo {
    private final Class<?> resourceClass;
    private final Method resourceMethod;

    public FakeResourceInfo(Class<?> resourceClass, Method resourceMethod) {
        this.resourceClass = resourceClass;
        this.resourceMethod = resourceMethod;
    }

    /** {@code method} of the class that declares it. */
    public static FakeResourceInfo of(Method method) {
        return new FakeResourceInfo(method.getDeclaringClass(), method);
    }

    /** The method of {@code resourceClass} (declared or inherited, public) named {@code name} with no parameters. */
    public static FakeResourceInfo of(Class<?> resourceClass, String name) {
        try {
            return new FakeResourceInfo(resourceClass, resourceClass.getMethod(name));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(resourceClass + " has no method " + name + "()", e);
        }
    }

    @Override
    public Method getResourceMethod() {
        return resourceMethod;
    }

    @Override
    public Class<?> getResourceClass() {
        return resourceClass;
    }

    @Override
    public String toString() {
        return resourceClass.getSimpleName() + "#" + (resourceMethod == null ? "null" : resourceMethod.getName());
    }
}
