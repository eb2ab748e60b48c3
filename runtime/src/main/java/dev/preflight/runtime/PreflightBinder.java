package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Sees every resource method the application deploys: records its class for the application's
 * {@link ResourceModel}, and binds a {@link CorsResourceFilter} to each one a policy covers, and to
 * nothing else: requests to other resources never meet Preflight.
 */
@ConstrainedTo(RuntimeType.SERVER)
final class PreflightBinder implements DynamicFeature {
    private final ApplicationCors application;
    /** One filter per policy, shared by the methods of that policy. */
    private final Map<CorsPolicy, CorsResourceFilter> filters = new IdentityHashMap<>();

    PreflightBinder(ApplicationCors application) {
        this.application = application;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resourceClass = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        if (resourceClass == null || method == null
                || !application.active(context.getConfiguration().getProperty(ApplicationCors.LOAD_SERVICES))) {
            return;
        }
        application.deployed(resourceClass);
        if (method.isAnnotationPresent(OPTIONS.class)) {
            return;
        }
        CorsPolicy policy = application.policyFor(resourceClass, method);
        if (policy != null) {
            CorsResourceFilter filter;
            synchronized (filters) {
                filter = filters.computeIfAbsent(policy, CorsResourceFilter::new);
            }
            context.register(filter, CorsResourceFilter.PRIORITY);
        }
    }
}
