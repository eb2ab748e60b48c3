package dev.preflight.bench.e2e;

import dev.preflight.bench.api.AllowHundredResource;
import dev.preflight.bench.api.AllowOneResource;
import dev.preflight.bench.api.AllowTenResource;
import dev.preflight.bench.api.PatternResource;
import dev.preflight.bench.api.UserResource;
import dev.preflight.bench.exchange.Policy;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;

/** The benchmark resources, with one of the CORS setups under comparison. */
@ApplicationPath("api")
public class BenchApplication extends Application {
    /** Which CORS implementation the application runs with. */
    public enum Cors {
        /** none at all: the baseline */
        NONE,
        /** Preflight's generated feature, found by service loading as in any deployment */
        PREFLIGHT,
        /** RESTEasy's {@code CorsFilter} with the same policy (RESTEasy only) */
        RESTEASY_FILTER
    }

    private final Cors cors;

    public BenchApplication(Cors cors) {
        this.cors = cors;
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(UserResource.class, AllowOneResource.class, AllowTenResource.class, AllowHundredResource.class,
                PatternResource.class);
    }

    @Override
    @SuppressWarnings("deprecation") // still how RESTEasy documents registering its CorsFilter with a policy
    public Set<Object> getSingletons() {
        if (cors != Cors.RESTEASY_FILTER) {
            return Set.of();
        }
        CorsFilter filter = new CorsFilter();
        filter.getAllowedOrigins().add(Policy.APP_ORIGIN);
        filter.setAllowCredentials(true);
        filter.setAllowedMethods(String.join(", ", Policy.METHODS));
        filter.setAllowedHeaders(String.join(", ", Policy.ALLOWED_HEADERS));
        filter.setExposedHeaders(Policy.EXPOSED_HEADER);
        filter.setCorsMaxAge((int) Policy.MAX_AGE);
        return Set.of(filter);
    }

    @Override
    public Map<String, Object> getProperties() {
        // service loading is what brings Preflight's feature in; the other setups go without it
        return cors == Cors.PREFLIGHT ? Map.of() : Map.of("jakarta.ws.rs.loadServices", false);
    }
}
