package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * What the generated {@code PreflightFeature} extends: adds the generated policies to the
 * application's Preflight state and, the first time for an application, registers the
 * {@link PreflightFilter} and the {@link PreflightBinder} that share it.
 *
 * <p>Found through Jakarta REST service loading; an application may also register it by hand. Either
 * way, and however often, and however many generated features an application has (one per module
 * compiled with the processor), each application gets one filter and one binder, so no header is ever
 * added twice; each application has its own state, so one application's policies never answer for
 * another's resources.
 */
@ConstrainedTo(RuntimeType.SERVER)
public abstract class PreflightFeatureSupport implements Feature {
    /** The configuration property that holds an application's {@link ApplicationCors}. */
    private static final String STATE = "dev.preflight.application";

    private final PolicyTable policies;

    protected PreflightFeatureSupport(PolicyTable policies) {
        this.policies = policies;
    }

    @Override
    public final boolean configure(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (configuration.getRuntimeType() != RuntimeType.SERVER) {
            return false;
        }
        String problem = policies.configurationProblem();
        if (problem != null) {
            // fail the deployment: starting with CORS silently off would look like a browser bug
            throw new IllegalStateException(problem);
        }
        if (configuration.getProperty(STATE) instanceof ApplicationCors application) {
            application.add(policies);
            return true;
        }
        ApplicationCors application = new ApplicationCors();
        application.add(policies);
        context.property(STATE, application);
        context.register(new PreflightFilter(application), PreflightFilter.PRIORITY);
        context.register(new PreflightBinder(application));
        context.register(new NegotiationFailureFilter(application), CorsResourceFilter.PRIORITY);
        return true;
    }
}
