package dev.preflight.processor.model;

import java.util.List;
import java.util.Map;

/**
 * The policy of one resource method after merging the declarations that apply to it, attribute by
 * attribute. {@link #sources()} tells, for each attribute, which declaration it came from, so that a
 * finding points at the annotation that wrote the value.
 */
public record EffectivePolicy(AttributeValues values, Map<Attribute, DeclaredPolicy> sources) {

    public EffectivePolicy {
        sources = Map.copyOf(sources);
    }

    /** The declaration an attribute's value came from. */
    public DeclaredPolicy source(Attribute attribute) {
        return sources.get(attribute == Attribute.VALUE ? Attribute.ORIGINS : attribute);
    }

    public boolean allowsAnyOrigin() {
        return origins().contains("*");
    }

    /**
     * The same policy without the provenance: two resource methods whose policies are
     * {@code equal} here share one generated {@code CorsPolicy}.
     */
    public EffectivePolicy withoutSources() {
        return new EffectivePolicy(values, Map.of());
    }

    // the attributes the rules and the plan read most, by name

    public List<String> origins() {
        return values.strings(Attribute.ORIGINS);
    }

    public List<String> originPatterns() {
        return values.strings(Attribute.ORIGIN_PATTERNS);
    }

    public List<String> allowedHeaders() {
        return values.strings(Attribute.ALLOWED_HEADERS);
    }

    public List<String> exposedHeaders() {
        return values.strings(Attribute.EXPOSED_HEADERS);
    }

    /** The HTTP methods of {@code methods}; empty for all that the resource methods implement. */
    public List<String> allowedMethods() {
        return values.strings(Attribute.METHODS);
    }

    public boolean allowCredentials() {
        return values.flag(Attribute.ALLOW_CREDENTIALS);
    }

    public long maxAge() {
        return values.seconds(Attribute.MAX_AGE);
    }

    public boolean allowPrivateNetwork() {
        return values.flag(Attribute.ALLOW_PRIVATE_NETWORK);
    }
}
