package dev.preflight.processor.model;

import java.util.List;
import java.util.Map;

/**
 * The policy of one resource method after merging its method-level {@code @CrossOrigin} over the
 * class-level one, attribute by attribute. {@link #sources()} tells, for each attribute, which
 * declaration it came from, so that a finding points at the annotation that wrote the value.
 */
public record EffectivePolicy(
        List<String> origins,
        List<String> originPatterns,
        List<String> allowedHeaders,
        List<String> exposedHeaders,
        List<String> methods,
        boolean allowCredentials,
        long maxAge,
        boolean allowPrivateNetwork,
        Map<Attribute, DeclaredPolicy> sources) {

    public EffectivePolicy {
        origins = List.copyOf(origins);
        originPatterns = List.copyOf(originPatterns);
        allowedHeaders = List.copyOf(allowedHeaders);
        exposedHeaders = List.copyOf(exposedHeaders);
        methods = List.copyOf(methods);
        sources = Map.copyOf(sources);
    }

    /** The declaration an attribute's value came from. */
    public DeclaredPolicy source(Attribute attribute) {
        return sources.get(attribute == Attribute.VALUE ? Attribute.ORIGINS : attribute);
    }

    public boolean allowsAnyOrigin() {
        return origins.contains("*");
    }

    /**
     * The same policy without the provenance: two resource methods whose policies are
     * {@code equal} here share one generated {@code CorsPolicy}.
     */
    public EffectivePolicy withoutSources() {
        return new EffectivePolicy(origins, originPatterns, allowedHeaders, exposedHeaders, methods,
                allowCredentials, maxAge, allowPrivateNetwork, Map.of());
    }
}
