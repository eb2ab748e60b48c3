package dev.preflight.processor.model;

import java.util.List;

/**
 * A policy's values, declared or merged, with the attributes the rules and the plan read most by name.
 * What an attribute holds is {@link AttributeValues}'; this only names the common reads once.
 */
public interface PolicyValues {
    AttributeValues values();

    default List<String> origins() {
        return values().strings(Attribute.ORIGINS);
    }

    default List<String> originPatterns() {
        return values().strings(Attribute.ORIGIN_PATTERNS);
    }

    default List<String> allowedHeaders() {
        return values().strings(Attribute.ALLOWED_HEADERS);
    }

    default List<String> exposedHeaders() {
        return values().strings(Attribute.EXPOSED_HEADERS);
    }

    /** The HTTP methods of {@code methods}; empty for all that the resource methods implement. */
    default List<String> allowedMethods() {
        return values().strings(Attribute.METHODS);
    }

    default boolean allowCredentials() {
        return values().flag(Attribute.ALLOW_CREDENTIALS);
    }

    default long maxAge() {
        return values().seconds(Attribute.MAX_AGE);
    }

    default boolean allowPrivateNetwork() {
        return values().flag(Attribute.ALLOW_PRIVATE_NETWORK);
    }
}
