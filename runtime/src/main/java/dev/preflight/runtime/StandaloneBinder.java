package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The {@link PreflightBinder} for a runtime that takes dynamic features only from its own discovery and
 * drops the one a feature registers: Quarkus REST, where the {@code preflight-quarkus} extension
 * registers this class at build time. The runtime creates it with no arguments and calls it for every
 * resource method after every feature has configured the application; it then binds through the binder
 * of the application that a generated feature configured, found in the configuration, so an
 * application has one set of filters whichever way they were bound. Without a generated feature it
 * binds nothing. Being called also tells the application's {@link ResourceModel} how this runtime reads
 * paths ({@link ResourceModel#forQuarkusRest}).
 *
 * <p>Jersey and RESTEasy never meet it: it is neither listed for service loading nor a {@code @Provider},
 * so there the feature's own registration of the binder stays the only one.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class StandaloneBinder implements DynamicFeature {
    /** For the runtime, which creates it by its class name. */
    public StandaloneBinder() {
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (context.getConfiguration().getProperty(PreflightFeatureSupport.STATE) instanceof ApplicationCors application) {
            application.servedByQuarkusRest();
            application.binder().configure(resourceInfo, context);
        }
    }
}
