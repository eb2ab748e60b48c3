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
 *
 * <p>The generated class also has a nested twin that is listed in
 * {@code META-INF/services/jakarta.ws.rs.ext.Providers}. RESTEasy registers what that file lists into
 * every deployment, with or without an {@code Application} subclass, while it service-loads features only
 * for an {@code Application}; the twin makes Preflight zero-config there too. It is a class of its own so
 * that RESTEasy never sees one class registered twice (which it reports as a warning). An application
 * that only the twin configured and that turned service loading off
 * ({@code jakarta.ws.rs.loadServices=false}) without registering the feature by hand asked for no
 * Preflight: the twin then stands down before the first request, and the application is served as
 * without it.
 */
@ConstrainedTo(RuntimeType.SERVER)
public abstract class PreflightFeatureSupport implements Feature {
    /** The configuration property that holds an application's {@link ApplicationCors}. */
    static final String STATE = "dev.preflight.application";

    private final PolicyTable policies;
    private final boolean listedProvider;

    /** The generated feature: service-loaded, or registered by hand. */
    protected PreflightFeatureSupport(PolicyTable policies) {
        this(policies, false);
    }

    /**
     * @param listedProvider {@code true} for the generated twin listed in
     *     {@code META-INF/services/jakarta.ws.rs.ext.Providers}, which stands down in an application that
     *     turned service loading off and registered no generated feature by hand
     */
    protected PreflightFeatureSupport(PolicyTable policies, boolean listedProvider) {
        this.policies = policies;
        this.listedProvider = listedProvider;
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
            application.add(policies, listedProvider);
            return true;
        }
        ApplicationCors application = new ApplicationCors();
        application.add(policies, listedProvider);
        context.property(STATE, application);
        context.register(new PreflightFilter(application), PreflightFilter.PRIORITY);
        context.register(application.binder());
        context.register(new NegotiationFailureFilter(application), CorsResourceFilter.PRIORITY);
        return true;
    }
}
