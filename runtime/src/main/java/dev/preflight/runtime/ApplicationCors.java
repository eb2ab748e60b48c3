package dev.preflight.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Preflight's state for one deployed application: the policies of every generated feature the
 * application registers (an application assembled from several modules has one per module), and the
 * root resource classes its {@link PreflightBinder} saw deployed. From the first request on, the
 * {@link ResourceModel} of exactly those classes decides which policy judges a preflight; another
 * application of the same deployment has its own.
 */
final class ApplicationCors {
    private static final System.Logger LOG = System.getLogger("dev.preflight");

    /** The application property that turns Jakarta REST service loading off. */
    static final String LOAD_SERVICES = "jakarta.ws.rs.loadServices";

    private final List<PolicyTable> tables = new CopyOnWriteArrayList<>();
    /** Binds the filters of this application, however the runtime calls it. */
    private final PreflightBinder binder = new PreflightBinder(this);
    private final Set<Class<?>> rootClasses = new LinkedHashSet<>();
    private volatile ResourceModel model;
    /** Whether a generated feature came through service loading or by hand, not only as a listed provider. */
    private volatile boolean requested;
    /** Decided at the first deployed resource method, then fixed. */
    private Boolean active;
    /** Set by {@link StandaloneBinder}: the runtime is Quarkus REST, which reads some paths its own way. */
    private volatile boolean quarkusRest;

    /** Adds a generated feature's policies; the same table twice is kept once. */
    void add(PolicyTable table) {
        add(table, false);
    }

    /**
     * Adds a generated feature's policies; {@code listedProvider} when it came from
     * {@code META-INF/services/jakarta.ws.rs.ext.Providers} rather than service loading or the
     * application's own registration.
     */
    void add(PolicyTable table, boolean listedProvider) {
        if (!tables.contains(table)) {
            tables.add(table);
        }
        if (!listedProvider) {
            requested = true;
        }
    }

    /**
     * Whether Preflight serves this application, decided once, when the runtime deploys the first
     * resource method (every feature has configured the application by then): yes, unless only a
     * listed provider configured it and the application turned service loading off, which asks for
     * no Preflight unless it registers the feature itself.
     */
    synchronized boolean active(Object loadServices) {
        if (active == null) {
            boolean off = Boolean.FALSE.equals(loadServices) || "false".equalsIgnoreCase(String.valueOf(loadServices).strip());
            active = requested || !off;
            if (!active) {
                LOG.log(Level.DEBUG, "Preflight: the application turned service loading off and registered no "
                        + "generated feature, so Preflight leaves it alone");
            }
        }
        return active;
    }

    /** The one {@link PreflightBinder} of this application. */
    PreflightBinder binder() {
        return binder;
    }

    /**
     * Marks the application as served by Quarkus REST, the one runtime that calls
     * {@link StandaloneBinder}; the model is built for its reading of paths
     * ({@link ResourceModel#forQuarkusRest}).
     */
    void servedByQuarkusRest() {
        quarkusRest = true;
    }

    /**
     * What Quarkus REST leaves in the request's properties when the path had a {@code ;}: it then
     * removes the matrix parameters, and decodes the path, before pre-matching filters run, so its
     * request URI no longer shows them, while its router matches the decoded path against templates it
     * keeps encoded ({@code my%20docs;} never reaches {@code @Path("my docs")}).
     */
    static final String QUARKUS_REST_PATH_SEGMENTS = "$RR$PathSegments";

    /**
     * The path a preflight (or a 406 or 415) is matched with, {@link PreflightFilter#matchablePath}, or
     * {@code null}; on Quarkus REST also {@code null} for a path that had matrix parameters, since the
     * path it gives is not the one its router matches then.
     */
    String matchablePath(ContainerRequestContext request) {
        if (quarkusRest && request.getProperty(QUARKUS_REST_PATH_SEGMENTS) != null) {
            return null;
        }
        return PreflightFilter.matchablePath(request);
    }

    /** The policy of a resource method: the first generated table that has one. */
    CorsPolicy policyFor(Class<?> resourceClass, Method method) {
        for (PolicyTable table : tables) {
            CorsPolicy policy = table.policyFor(resourceClass, method);
            if (policy != null) {
                return policy;
            }
        }
        return null;
    }

    /**
     * Records a class whose resource method the runtime deployed. Only calls made before the first
     * request count: afterwards a runtime reports the targets of sub-resource locators as it first
     * reaches them, and those are not root resources.
     */
    synchronized void deployed(Class<?> resourceClass) {
        if (model == null && !Boolean.FALSE.equals(active)) {
            rootClasses.add(resourceClass);
        }
    }

    /** The model of the classes deployed so far, built on first use and then fixed. */
    ResourceModel model() {
        ResourceModel m = model;
        return m != null ? m : build();
    }

    private synchronized ResourceModel build() {
        if (model == null) {
            List<Class<?>> roots = new ArrayList<>();
            for (Class<?> c : rootClasses) {
                if (ResourceModel.classPath(c) != null) {
                    roots.add(c);
                } else {
                    LOG.log(Level.DEBUG, "Preflight: {0} has no @Path of its own or inherited; its methods "
                            + "are reached through a sub-resource locator", c.getName());
                }
            }
            try {
                model = quarkusRest ? ResourceModel.forQuarkusRest(roots, this::policyFor)
                        : ResourceModel.of(roots, this::policyFor);
            } catch (RuntimeException e) {
                // a path the runtime itself would not deploy: answer no preflight rather than guess
                LOG.log(Level.WARNING, "Preflight cannot read the application's resource paths, so it answers "
                        + "no preflight: " + e.getMessage());
                model = ResourceModel.of(List.of(), this::policyFor);
            }
        }
        return model;
    }
}
