package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Binds a {@link CorsResourceFilter} to each deployed resource method that a policy covers, and to
 * nothing else: requests to other resources never meet Preflight.
 */
@ConstrainedTo(RuntimeType.SERVER)
final class PreflightBinder implements DynamicFeature {
    private final PolicyLookup lookup;
    /** One filter per policy, shared by the methods of that policy. */
    private final Map<CorsPolicy, CorsResourceFilter> filters = new IdentityHashMap<>();

    PreflightBinder(PolicyLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resourceClass = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        if (resourceClass == null || method == null || method.isAnnotationPresent(jakarta.ws.rs.OPTIONS.class)) {
            return;
        }
        CorsPolicy policy = lookup.policyFor(resourceClass, method);
        if (policy != null) {
            CorsResourceFilter filter;
            synchronized (filters) {
                filter = filters.computeIfAbsent(policy, CorsResourceFilter::new);
            }
            context.register(filter, CorsResourceFilter.PRIORITY);
        }
    }
}
