package dev.preflight.processor.model;

import java.util.Map;

/**
 * The policy of one resource method after merging the declarations that apply to it, attribute by
 * attribute. {@link #sources()} tells, for each attribute, which declaration it came from, so that a
 * finding points at the annotation that wrote the value.
 */
public record EffectivePolicy(AttributeValues values, Map<Attribute, DeclaredPolicy> sources) implements PolicyValues {

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
}
