package dev.preflight.bench.exchange;

import dev.preflight.bench.api.AllowHundredResource;
import dev.preflight.bench.api.AllowOneResource;
import dev.preflight.bench.api.AllowTenResource;
import dev.preflight.bench.api.ConfiguredTenResource;
import dev.preflight.bench.api.PatternResource;
import dev.preflight.bench.api.UserResource;
import dev.preflight.testing.FakeRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request, prepared once, that every implementation gets, and the policy every implementation is
 * configured with (the same as the {@code @CrossOrigin} of the resource it goes to).
 */
public enum Scenario {
    /** A browser's preflight of {@code PUT users/42} with two request headers. */
    PREFLIGHT(Kind.PREFLIGHT, "OPTIONS", "users/42", UserResource.class, "update", Policy.APP_ORIGIN),
    ACTUAL(Kind.ALLOWED, "GET", "users", UserResource.class, "list", Policy.APP_ORIGIN),
    NO_ORIGIN(Kind.NO_ORIGIN, "GET", "users", UserResource.class, "list", null),
    REFUSED(Kind.REFUSED, "GET", "users", UserResource.class, "list", "https://evil.example.net"),
    /** Each allowlist request comes from its last origin: the worst case for a list. */
    ALLOWLIST_1(Kind.ALLOWED, "GET", "allow-1", AllowOneResource.class, "get", Policy.client(1)),
    ALLOWLIST_10(Kind.ALLOWED, "GET", "allow-10", AllowTenResource.class, "get", Policy.client(10)),
    ALLOWLIST_100(Kind.ALLOWED, "GET", "allow-100", AllowHundredResource.class, "get", Policy.client(100)),
    PATTERN(Kind.ALLOWED, "GET", "pattern", PatternResource.class, "get", "https://app.eu.example.com"),
    /** {@link #ALLOWLIST_10} with the origins from a placeholder, resolved at deployment. */
    CONFIGURED_10(Kind.ALLOWED, "GET", "allow-10-configured", ConfiguredTenResource.class, "get", Policy.client(10));

    /** What a correct implementation does with the request. */
    public enum Kind {
        /** answers 2xx with the preflight headers, before any resource method */
        PREFLIGHT,
        /** lets the request through and adds the actual-response headers */
        ALLOWED,
        /** lets the request through without any {@code Access-Control-*} header */
        NO_ORIGIN,
        /** gives the script nothing: 403, or at least no {@code Access-Control-Allow-Origin} */
        REFUSED
    }

    public final Kind kind;
    public final String method;
    public final String path;
    public final Class<?> resourceClass;
    public final String resourceMethod;
    /** The request's {@code Origin}, or {@code null}. */
    public final String origin;

    Scenario(Kind kind, String method, String path, Class<?> resourceClass, String resourceMethod, String origin) {
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.resourceClass = resourceClass;
        this.resourceMethod = resourceMethod;
        this.origin = origin;
    }

    /** The exact origins of the resource's policy, or {@code null} when it has a pattern instead. */
    public List<String> allowedOrigins() {
        if (resourceClass == PatternResource.class) {
            return null;
        }
        int size = resourceClass == AllowOneResource.class ? 1
                : resourceClass == AllowTenResource.class || resourceClass == ConfiguredTenResource.class ? 10
                : resourceClass == AllowHundredResource.class ? 100 : 0;
        if (size == 0) {
            return List.of(Policy.APP_ORIGIN);
        }
        List<String> origins = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            origins.add(Policy.client(i));
        }
        return origins;
    }

    public Map<String, String> requestHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", Policy.HOST);
        headers.put("Accept", "application/json");
        if (origin != null) {
            headers.put("Origin", origin);
        }
        if (kind == Kind.PREFLIGHT) {
            headers.put("Access-Control-Request-Method", Policy.REQUESTED_METHOD);
            headers.put("Access-Control-Request-Headers", Policy.REQUESTED_HEADERS);
        }
        return headers;
    }

    /** The scenario's request, its headers in a map of {@code container}'s making. */
    public FakeRequest newRequest(Container container) {
        FakeRequest request = new FakeRequest(method, Policy.BASE_URI, path, container.newRequestHeaders());
        requestHeaders().forEach(request::header);
        return request;
    }

    /** The resource classes of all scenarios: the application every implementation serves. */
    public static Set<Class<?>> resourceClasses() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Scenario scenario : values()) {
            classes.add(scenario.resourceClass);
        }
        return classes;
    }

    /** The resource method the request is matched to. */
    public Method javaMethod() {
        for (Method m : resourceClass.getDeclaredMethods()) {
            if (m.getName().equals(resourceMethod)) {
                return m;
            }
        }
        throw new IllegalStateException(resourceClass + " has no method " + resourceMethod);
    }

}
