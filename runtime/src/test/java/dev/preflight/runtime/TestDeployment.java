package dev.preflight.runtime;

import dev.preflight.testing.FakeFeatureContext;
import dev.preflight.testing.FakeResourceInfo;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.Feature;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * An application as a container deploys it, on the shared fakes: the generated features configure the
 * application's context, then the dynamic feature sees every resource method, each with a context of
 * its own.
 */
final class TestDeployment {
    final FakeFeatureContext application;
    private final List<Bound> bound = new ArrayList<>();

    TestDeployment(FakeFeatureContext application, Feature... features) {
        this.application = application;
        for (Feature feature : features) {
            feature.configure(application);
        }
    }

    TestDeployment(Feature... features) {
        this(new FakeFeatureContext(), features);
    }

    /** Shows the binder every resource method of {@code classes}, as the runtime does before the first request. */
    TestDeployment deploy(Class<?>... classes) {
        DynamicFeature binder = application.only(DynamicFeature.class);
        for (Class<?> resourceClass : classes) {
            for (Method method : resourceClass.getDeclaredMethods()) {
                if (isResourceMethod(method)) {
                    FakeFeatureContext context = application.forResourceMethod();
                    binder.configure(new FakeResourceInfo(resourceClass, method), context);
                    bound.add(new Bound(resourceClass, method, context));
                }
            }
        }
        return this;
    }

    PreflightFilter preflightFilter() {
        return application.only(PreflightFilter.class);
    }

    /** What the binder registered for the resource method {@code name} of {@code resourceClass}. */
    List<Object> registeredFor(Class<?> resourceClass, String name) {
        for (Bound b : bound) {
            if (b.resourceClass == resourceClass && b.method.getName().equals(name)) {
                return b.context.registered();
            }
        }
        throw new IllegalArgumentException("not deployed: " + resourceClass.getSimpleName() + "#" + name);
    }

    /** The filter bound to a resource method; fails unless there is exactly one. */
    CorsResourceFilter filterOf(Class<?> resourceClass, String name) {
        for (Bound b : bound) {
            if (b.resourceClass == resourceClass && b.method.getName().equals(name)) {
                return b.context.only(CorsResourceFilter.class);
            }
        }
        throw new IllegalArgumentException("not deployed: " + resourceClass.getSimpleName() + "#" + name);
    }

    /** The priority the filter bound to a resource method was registered with. */
    int priorityOf(Class<?> resourceClass, String name) {
        for (Bound b : bound) {
            if (b.resourceClass == resourceClass && b.method.getName().equals(name)) {
                return b.context.priorityOf(b.context.only(CorsResourceFilter.class));
            }
        }
        throw new IllegalArgumentException("not deployed: " + resourceClass.getSimpleName() + "#" + name);
    }

    static boolean isResourceMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private record Bound(Class<?> resourceClass, Method method, FakeFeatureContext context) {
    }
}
