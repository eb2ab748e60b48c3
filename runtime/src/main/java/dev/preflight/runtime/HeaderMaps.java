package dev.preflight.runtime;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Set;

/**
 * Header lookups that cost the runtime's map no copy of the name. Jersey's header maps hash a
 * lower-case copy of every name they are given (a new string for any name with a capital, on every
 * lookup); RESTEasy's compare ignoring case without copying. Both find a header however its name is
 * written, so a lower-case name finds it in both, for free.
 *
 * <p>Jakarta REST does not require a runtime's map to ignore case, so in a map that is not known to,
 * a name not found in lower case is looked up again as the Fetch standard spells it.
 */
final class HeaderMaps {
    /** The header maps of Jersey and RESTEasy (and their subclasses), which ignore the case of names. */
    private static final Set<String> CASE_INSENSITIVE = Set.of(
            "org.glassfish.jersey.internal.util.collection.GuardianStringKeyMultivaluedMap",
            "org.glassfish.jersey.internal.util.collection.StringKeyIgnoreCaseMultivaluedMap",
            "org.jboss.resteasy.util.CaseInsensitiveMap");

    private static final ClassValue<Boolean> IGNORES_CASE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (CASE_INSENSITIVE.contains(c.getName())) {
                    return Boolean.TRUE;
                }
            }
            return Boolean.FALSE;
        }
    };

    static final String ORIGIN = "origin";
    static final String VARY = "vary";
    static final String REQUEST_METHOD = "access-control-request-method";
    static final String REQUEST_HEADERS = "access-control-request-headers";
    static final String REQUEST_PRIVATE_NETWORK = "access-control-request-private-network";
    static final String FORWARDED = "forwarded";
    static final String X_FORWARDED_HOST = "x-forwarded-host";
    static final String X_FORWARDED_PROTO = "x-forwarded-proto";

    private HeaderMaps() {
    }

    /**
     * The values of a header, or {@code null}.
     *
     * @param lowerCaseName the name in lower case
     * @param name the name as the Fetch standard spells it
     */
    static <V> List<V> get(MultivaluedMap<String, V> headers, String lowerCaseName, String name) {
        List<V> values = headers.get(lowerCaseName);
        return values != null || ignoresCase(headers) ? values : headers.get(name);
    }

    /** The first value of a header, or {@code null}; names as for {@link #get}. */
    static <V> V getFirst(MultivaluedMap<String, V> headers, String lowerCaseName, String name) {
        List<V> values = get(headers, lowerCaseName, name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The last two map classes found to ignore case (Jersey's one class for requests and responses,
     * RESTEasy's two): compared first, as that is cheaper than {@link ClassValue#get}. A stale or torn
     * read only costs the slower lookup.
     */
    private static Class<?> knownA;
    private static Class<?> knownB;

    /** Whether {@code headers} is a map known to ignore the case of names. */
    static boolean ignoresCase(MultivaluedMap<String, ?> headers) {
        Class<?> type = headers.getClass();
        if (type == knownA || type == knownB) {
            return true;
        }
        if (!IGNORES_CASE.get(type)) {
            return false;
        }
        if (knownA == null) {
            knownA = type;
        } else {
            knownB = type;
        }
        return true;
    }
}
