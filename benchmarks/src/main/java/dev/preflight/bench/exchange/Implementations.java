package dev.preflight.bench.exchange;

import dev.preflight.bench.api.PreflightFeature;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.lang.reflect.Method;
import java.util.List;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;
import org.springframework.web.cors.CorsConfiguration;

/** Each implementation under test, configured with the policy of a scenario's resource. */
public final class Implementations {
    static {
        // Jersey and RESTEasy are both on the classpath (for the end-to-end runs): every implementation
        // builds its responses through the same RuntimeDelegate, whichever service loading would find first.
        RuntimeDelegate.setInstance(new org.glassfish.jersey.internal.RuntimeDelegateImpl());
    }

    private static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

    private Implementations() {
    }

    /** The code Preflight generated, obtained the way a container does: feature, then dynamic feature. */
    public static Exchange preflight(Scenario scenario) {
        CapturingFeatureContext application = new CapturingFeatureContext();
        new PreflightFeature().configure(application);
        ContainerRequestFilter preflightFilter = application.only(ContainerRequestFilter.class);
        DynamicFeature binder = application.only(DynamicFeature.class);

        CapturingFeatureContext resourceMethod = new CapturingFeatureContext();
        Method method = scenario.javaMethod();
        binder.configure(new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return scenario.resourceClass;
            }
        }, resourceMethod);
        // the one filter the binder bound to the method, seen through the interfaces a container calls
        return JaxrsExchange.bound(scenario, preflightFilter, resourceMethod.only(ContainerRequestFilter.class),
                resourceMethod.only(ContainerResponseFilter.class));
    }

    /**
     * The least any CORS implementation must do for the scenario's answer: the same headers as
     * constants, with no CORS logic; answers and refusals through {@code abortWith}.
     */
    public static Exchange floor(Scenario scenario) {
        String origin = scenario.origin;
        switch (scenario.kind) {
            case PREFLIGHT:
                ContainerRequestFilter answer = request -> request.abortWith(Response.noContent()
                        .header("Access-Control-Allow-Origin", origin)
                        .header("Access-Control-Allow-Methods", "PUT")
                        .header("Vary", PREFLIGHT_VARY)
                        .header("Access-Control-Allow-Headers", "Authorization, Content-Type")
                        .header("Access-Control-Allow-Credentials", "true")
                        .header("Access-Control-Max-Age", "1800")
                        .build());
                return JaxrsExchange.bound(scenario, answer, null, null);
            case ALLOWED:
                ContainerResponseFilter decorate = (request, response) -> {
                    MultivaluedMap<String, Object> headers = response.getHeaders();
                    headers.add("Access-Control-Allow-Origin", origin);
                    headers.add("Access-Control-Allow-Credentials", "true");
                    headers.add("Access-Control-Expose-Headers", "X-Total-Count");
                    headers.add("Vary", "Origin");
                };
                return JaxrsExchange.bound(scenario, null, null, decorate);
            case NO_ORIGIN:
                return JaxrsExchange.bound(scenario, null, null,
                        (request, response) -> response.getHeaders().add("Vary", "Origin"));
            case REFUSED:
                ContainerRequestFilter refuse = request -> request.abortWith(Response.status(Response.Status.FORBIDDEN)
                        .header("Vary", "Origin")
                        .build());
                return JaxrsExchange.bound(scenario, null, refuse, null);
            default:
                throw new IllegalArgumentException(scenario.toString());
        }
    }

    /** Whether RESTEasy's {@code CorsFilter} can express the scenario's policy: it has exact origins only. */
    public static boolean resteasySupports(Scenario scenario) {
        return scenario.allowedOrigins() != null;
    }

    /** RESTEasy's {@code CorsFilter}, registered for the whole application as its documentation shows. */
    public static Exchange resteasy(Scenario scenario) {
        if (!resteasySupports(scenario)) {
            throw new UnsupportedOperationException("RESTEasy's CorsFilter has no origin patterns");
        }
        CorsFilter filter = new CorsFilter();
        filter.getAllowedOrigins().addAll(scenario.allowedOrigins());
        filter.setAllowCredentials(true);
        filter.setAllowedMethods(String.join(", ", Policy.METHODS));
        filter.setAllowedHeaders(String.join(", ", Policy.ALLOWED_HEADERS));
        filter.setExposedHeaders(Policy.EXPOSED_HEADER);
        filter.setCorsMaxAge((int) Policy.MAX_AGE);
        return JaxrsExchange.global(scenario, filter);
    }

    /** A hand-written filter as tutorials show it. */
    public static Exchange handWritten(Scenario scenario) {
        List<String> origins = scenario.allowedOrigins();
        return JaxrsExchange.global(scenario, origins == null
                ? new TutorialCorsFilter(List.of(), Policy.ORIGIN_REGEX)
                : new TutorialCorsFilter(origins, null));
    }

    /** Spring's {@code DefaultCorsProcessor} with the equivalent {@code CorsConfiguration}. */
    public static Exchange spring(Scenario scenario) {
        CorsConfiguration config = new CorsConfiguration();
        List<String> origins = scenario.allowedOrigins();
        if (origins == null) {
            config.setAllowedOriginPatterns(List.of(Policy.ORIGIN_PATTERN));
        } else {
            config.setAllowedOrigins(origins);
        }
        config.setAllowedMethods(Policy.METHODS);
        config.setAllowedHeaders(Policy.ALLOWED_HEADERS);
        config.setExposedHeaders(List.of(Policy.EXPOSED_HEADER));
        config.setAllowCredentials(true);
        config.setMaxAge(Policy.MAX_AGE);
        return new SpringExchange(scenario, config);
    }
}
