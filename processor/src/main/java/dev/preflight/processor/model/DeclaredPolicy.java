package dev.preflight.processor.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The attribute values of one {@code @CrossOrigin} as written, and which of them were written
 * explicitly (the others hold the annotation's defaults).
 */
public record DeclaredPolicy(
        SourceSite site,
        Set<Attribute> explicit,
        List<String> origins,
        List<String> originPatterns,
        List<String> allowedHeaders,
        List<String> exposedHeaders,
        List<String> methods,
        boolean allowCredentials,
        long maxAge,
        boolean allowPrivateNetwork) {

    public static final long DEFAULT_MAX_AGE = 1800;

    public DeclaredPolicy {
        explicit = explicit.isEmpty() ? EnumSet.noneOf(Attribute.class) : EnumSet.copyOf(explicit);
        origins = List.copyOf(origins);
        originPatterns = List.copyOf(originPatterns);
        allowedHeaders = List.copyOf(allowedHeaders);
        exposedHeaders = List.copyOf(exposedHeaders);
        methods = List.copyOf(methods);
    }

    public boolean isExplicit(Attribute attribute) {
        return explicit.contains(attribute)
                || (attribute == Attribute.ORIGINS && explicit.contains(Attribute.VALUE));
    }
}
