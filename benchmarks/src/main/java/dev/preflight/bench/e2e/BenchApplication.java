package dev.preflight.bench.e2e;

import dev.preflight.bench.api.AllowHundredResource;
import dev.preflight.bench.api.AllowOneResource;
import dev.preflight.bench.api.AllowTenResource;
import dev.preflight.bench.api.PatternResource;
import dev.preflight.bench.api.PreflightFeature;
import dev.preflight.bench.api.UserResource;
import dev.preflight.bench.exchange.Policy;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
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
        /** constant CORS headers, no logic: the least any implementation costs here */
        FLOOR,
        /** Preflight's generated feature */
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
        Set<Class<?>> classes = new HashSet<>(Set.of(UserResource.class, AllowOneResource.class, AllowTenResource.class,
                AllowHundredResource.class, PatternResource.class));
        if (cors == Cors.PREFLIGHT) {
            // registered by hand, as the README documents for loadServices=false
            classes.add(PreflightFeature.class);
        }
        return classes;
    }

    @Override
    @SuppressWarnings("deprecation") // still how RESTEasy documents registering its CorsFilter with a policy
    public Set<Object> getSingletons() {
        if (cors == Cors.FLOOR) {
            return Set.of(new FloorCorsFilter());
        }
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

    /** Every setup the same but for CORS: nothing found by service loading, Preflight's feature included. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jakarta.ws.rs.loadServices", false);
    }
}
