package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * What the generated {@code PreflightFeature} extends: registers the {@link PreflightFilter} for the
 * generated path table and the {@link PreflightBinder} for the generated policies.
 *
 * <p>Found through Jakarta REST service loading; an application may also register it by hand. Either
 * way, and however often, it configures an application once: the second call sees its own marker
 * property and does nothing, so no header is ever added twice.
 */
@ConstrainedTo(RuntimeType.SERVER)
public abstract class PreflightFeatureSupport implements Feature {
    private final PreflightRoutes routes;
    private final PolicyLookup lookup;

    protected PreflightFeatureSupport(PreflightRoutes routes, PolicyLookup lookup) {
        this.routes = routes;
        this.lookup = lookup;
    }

    @Override
    public final boolean configure(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (configuration.getRuntimeType() != RuntimeType.SERVER) {
            return false;
        }
        String problem = routes.configurationProblem();
        if (problem != null) {
            // fail the deployment: starting with CORS silently off would look like a browser bug
            throw new IllegalStateException(problem);
        }
        String marker = "dev.preflight.configured." + getClass().getName();
        if (configuration.getProperty(marker) != null) {
            return true;
        }
        context.property(marker, Boolean.TRUE);
        context.register(new PreflightFilter(routes), PreflightFilter.PRIORITY);
        context.register(new PreflightBinder(lookup));
        return true;
    }
}
