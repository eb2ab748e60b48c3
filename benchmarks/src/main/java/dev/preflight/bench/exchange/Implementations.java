package dev.preflight.bench.exchange;

import dev.preflight.bench.api.PreflightFeature;
import dev.preflight.testing.FakeFeatureContext;
import dev.preflight.testing.FakeResourceInfo;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;
import org.springframework.web.cors.CorsConfiguration;

/** Each implementation under test, configured with the policy of a scenario's resource. */
public final class Implementations {
    private static final String PREFLIGHT_VARY = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

    private Implementations() {
    }

    /** The code Preflight generated, obtained the way a container does: feature, then dynamic feature. */
    public static Exchange preflight(Container container, Scenario scenario) {
        FakeFeatureContext application = new FakeFeatureContext();
        new PreflightFeature().configure(application);
        DynamicFeature binder = application.only(DynamicFeature.class);
        ContainerRequestFilter preflightFilter = application.only(ContainerRequestFilter.class);
        ContainerResponseFilter negotiationFailures = application.only(ContainerResponseFilter.class);
        // the container shows the binder every resource method it deploys, before the first request
        // the one filter the binder binds to the scenario's method, seen through the interfaces a container calls
        FakeFeatureContext bound = null;
        for (Class<?> resourceClass : Scenario.resourceClasses()) {
            for (Method method : resourceClass.getDeclaredMethods()) {
                if (!isResourceMethod(method)) {
                    continue;
                }
                FakeFeatureContext resourceMethod = application.forResourceMethod();
                binder.configure(new FakeResourceInfo(resourceClass, method), resourceMethod);
                if (method.equals(scenario.javaMethod())) {
                    bound = resourceMethod;
                }
            }
        }
        if (bound == null) {
            throw new IllegalStateException("the binder never saw " + scenario.javaMethod());
        }
        return JaxrsExchange.bound(container, scenario, preflightFilter, bound.only(ContainerRequestFilter.class),
                negotiationFailures, bound.only(ContainerResponseFilter.class));
    }

    private static boolean isResourceMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The least any CORS implementation must do for the scenario's answer: the same headers as
     * constants, with no CORS logic; answers and refusals through {@code abortWith}.
     */
    public static Exchange floor(Container container, Scenario scenario) {
        String origin = scenario.origin;
        switch (scenario.kind) {
            case PREFLIGHT:
                ContainerRequestFilter answer = request -> request.abortWith(preflightAnswer(origin));
                return JaxrsExchange.bound(container, scenario, answer, null, null, null);
            case ALLOWED:
                ContainerResponseFilter decorate = (request, response) -> {
                    MultivaluedMap<String, Object> headers = response.getHeaders();
                    headers.put("Access-Control-Allow-Origin", valueList(origin));
                    headers.put("Access-Control-Allow-Credentials", valueList("true"));
                    headers.put("Access-Control-Expose-Headers", valueList("X-Total-Count"));
                    headers.put("Vary", valueList("Origin"));
                };
                return JaxrsExchange.bound(container, scenario, null, null, null, decorate);
            case NO_ORIGIN:
                return JaxrsExchange.bound(container, scenario, null, null, null,
                        (request, response) -> response.getHeaders().put("Vary", valueList("Origin")));
            case REFUSED:
                ContainerRequestFilter refuse = request -> request.abortWith(Response.status(Response.Status.FORBIDDEN)
                        .header("Vary", "Origin")
                        .build());
                return JaxrsExchange.bound(container, scenario, null, refuse, null, null);
            default:
                throw new IllegalArgumentException(scenario.toString());
        }
    }

    /**
     * The floor's answers given in the shape Jakarta REST leaves an implementation that answers
     * preflights before any resource matching and refuses an origin before the resource method runs,
     * as Preflight does: a pre-matching filter that tells a preflight by its method and headers and
     * answers it; a request filter bound to the resource method that reads {@code Origin} and refuses;
     * a global response filter that reads the status (the runtime answers 406 and 415 before any
     * method is matched, so no bound filter sees them); and a response filter bound to the method that
     * reads {@code Origin} again and sets the headers. Each decision is one comparison with a constant
     * and every value is a constant. What this costs over {@link #floor} is the price of that shape;
     * what Preflight costs over this is the price of its own decisions (which origin, which resource
     * method a preflight's path leads to, which request headers).
     */
    public static Exchange floorInPreflightsShape(Container container, Scenario scenario) {
        String allowed = scenario.kind == Scenario.Kind.ALLOWED ? scenario.origin : Policy.APP_ORIGIN;
        ContainerRequestFilter preMatching = request -> {
            if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
                return;
            }
            MultivaluedMap<String, String> headers = request.getHeaders();
            String origin = headers.getFirst("origin");
            if (origin == null || headers.getFirst("access-control-request-method") == null) {
                return;
            }
            request.abortWith(preflightAnswer(origin));
        };
        ContainerRequestFilter refuse = request -> {
            String origin = request.getHeaders().getFirst("origin");
            if (origin != null && !origin.equals(allowed)) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN).header("Vary", "Origin").build());
            }
        };
        ContainerResponseFilter negotiationFailures = (request, response) -> {
            int status = response.getStatus();
            if (status == 406 || status == 415) {
                response.getHeaders().put("Vary", valueList("Origin"));
            }
        };
        ContainerResponseFilter decorate = (request, response) -> {
            String origin = request.getHeaders().getFirst("origin");
            MultivaluedMap<String, Object> headers = response.getHeaders();
            if (origin == null) {
                headers.put("Vary", valueList("Origin"));
            } else if (origin.equals(allowed)) {
                headers.put("Access-Control-Allow-Origin", valueList(origin));
                headers.put("Access-Control-Allow-Credentials", valueList("true"));
                headers.put("Access-Control-Expose-Headers", valueList("X-Total-Count"));
                headers.put("Vary", valueList("Origin"));
            }
        };
        return JaxrsExchange.bound(container, scenario, preMatching, refuse, negotiationFailures, decorate);
    }

    /** The floors' answer to the preflight scenario, built per request as any implementation must. */
    private static Response preflightAnswer(String origin) {
        return Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", "PUT")
                .header("Vary", PREFLIGHT_VARY)
                .header("Access-Control-Allow-Headers", "Authorization, Content-Type")
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Max-Age", "1800")
                .build();
    }

    /**
     * The cheapest way to set a header the API offers a response filter: one {@code put} of a one-value
     * list ({@code add} and {@code putSingle} look the name up first, then put a new list). The list is
     * mutable, as the map's own are: filters and writers that run later may add to it.
     */
    private static List<Object> valueList(Object value) {
        List<Object> values = new ArrayList<>(1);
        values.add(value);
        return values;
    }

    /** Whether RESTEasy's {@code CorsFilter} can express the scenario's policy: it has exact origins only. */
    public static boolean resteasySupports(Scenario scenario) {
        return scenario.allowedOrigins() != null;
    }

    /** RESTEasy's {@code CorsFilter}, registered for the whole application as its documentation shows. */
    public static Exchange resteasy(Container container, Scenario scenario) {
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
        return JaxrsExchange.global(container, scenario, filter);
    }

    /** A hand-written filter as tutorials show it. */
    public static Exchange handWritten(Container container, Scenario scenario) {
        List<String> origins = scenario.allowedOrigins();
        return JaxrsExchange.global(container, scenario, origins == null
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
