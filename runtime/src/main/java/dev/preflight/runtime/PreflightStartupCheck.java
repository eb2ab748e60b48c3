package dev.preflight.runtime;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warns once, at start-up, when an application has {@code preflight-runtime} but no generated feature
 * configured it: then CORS is off, and every cross-origin call fails in the browser with nothing in the
 * server's log, which is the worst way for it to fail.
 *
 * <p>The runtime jar lists this class for Jakarta REST service loading, and a nested twin in
 * {@code META-INF/services/jakarta.ws.rs.ext.Providers} for RESTEasy deployments without an
 * {@code Application}; an application gets one check whichever way it arrives. The check is a
 * {@link DynamicFeature}, because the runtime calls those only after every feature has configured the
 * application: at the first resource method it sees, it looks for the state a generated feature leaves
 * in the configuration. It registers nothing, so it costs nothing per request, and it never throws.
 * Where service loading is off, it is not loaded at all; that is fine, since such an application
 * registers the generated feature by hand.
 */
@ConstrainedTo(RuntimeType.SERVER)
public class PreflightStartupCheck implements Feature {
    /** The configuration property that marks an application as checked already. */
    static final String CHECKED = "dev.preflight.startupCheck";

    private static final System.Logger LOG = System.getLogger("dev.preflight");

    /** Instantiated by the Jakarta REST implementation's service loading, not by applications. */
    public PreflightStartupCheck() {
    }

    @Override
    public final boolean configure(FeatureContext context) {
        try {
            Configuration configuration = context.getConfiguration();
            if (configuration.getRuntimeType() != RuntimeType.SERVER) {
                return false;
            }
            if (configuration.getProperty(CHECKED) != null) {
                return true;
            }
            context.property(CHECKED, Boolean.TRUE);
            context.register(new Check(configuration));
            return true;
        } catch (RuntimeException | LinkageError e) {
            // a start-up check must never stop an application from starting
            return false;
        }
    }

    /** The same check, under the name RESTEasy registers from {@code META-INF/services/jakarta.ws.rs.ext.Providers}. */
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class ListedProvider extends PreflightStartupCheck {
        /** Instantiated by RESTEasy's provider registration, not by applications. */
        public ListedProvider() {
        }
    }

    /** Looks once per application, at the first resource method deployed. */
    @ConstrainedTo(RuntimeType.SERVER)
    static final class Check implements DynamicFeature {
        private final Configuration application;
        private final AtomicBoolean checked = new AtomicBoolean();

        Check(Configuration application) {
            this.application = application;
        }

        @Override
        public void configure(ResourceInfo resourceInfo, FeatureContext context) {
            if (checked.get() || !checked.compareAndSet(false, true)) {
                return;
            }
            try {
                if (configured(context.getConfiguration()) || configured(application)) {
                    return;
                }
                Class<?> resourceClass = resourceInfo.getResourceClass();
                LOG.log(Level.WARNING, message(resourceClass == null ? null : resourceClass.getName()));
            } catch (RuntimeException | LinkageError e) {
                // never fail a deployment over a warning
            }
        }

        private static boolean configured(Configuration configuration) {
            return configuration != null && configuration.getProperty(PreflightFeatureSupport.STATE) != null;
        }
    }

    /** The warning: what is off, why that usually happens, and the fixes. */
    static String message(String resourceClass) {
        return "Preflight: CORS is OFF for the application"
                + (resourceClass == null ? "" : " that deploys " + resourceClass)
                + ": preflight-runtime is deployed, but no generated PreflightFeature configured the application, "
                + "so no preflight is answered and no CORS header is sent, and browsers refuse every cross-origin "
                + "call. Usually the annotation processor did not run when the @CrossOrigin resources were compiled: "
                + "put dev.preflight:preflight-processor in maven-compiler-plugin's <annotationProcessorPaths> "
                + "(maven-compiler-plugin 3.5 or later: older versions ignore it), or in Gradle's "
                + "annotationProcessor configuration, and rebuild; the build output then has "
                + "META-INF/services/jakarta.ws.rs.core.Feature listing PreflightFeature. If the application sets "
                + "jakarta.ws.rs.loadServices=false, register the generated PreflightFeature in it by hand. If this "
                + "application has no @CrossOrigin resources, it does not need preflight-runtime.";
    }
}
