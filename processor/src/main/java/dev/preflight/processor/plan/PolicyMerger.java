package dev.preflight.processor.plan;

import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.ResourceMethod;
import java.util.EnumMap;
import java.util.Map;

/**
 * Merges a method-level {@code @CrossOrigin} over the class-level one: each attribute the method
 * annotation sets explicitly wins, every other comes from the class annotation, else the default.
 */
public final class PolicyMerger {
    private PolicyMerger() {
    }

    /** The effective policy of a resource method that has at least one declaration. */
    public static EffectivePolicy merge(ResourceMethod method) {
        DeclaredPolicy outer = method.classPolicy();
        DeclaredPolicy inner = method.methodPolicy();
        Map<Attribute, DeclaredPolicy> sources = new EnumMap<>(Attribute.class);
        for (Attribute attribute : Attribute.values()) {
            if (attribute == Attribute.VALUE) {
                continue;
            }
            DeclaredPolicy source = inner != null && inner.isExplicit(attribute) ? inner
                    : outer != null && outer.isExplicit(attribute) ? outer
                    : inner != null ? inner : outer;
            sources.put(attribute, source);
        }
        return new EffectivePolicy(
                sources.get(Attribute.ORIGINS).origins(),
                sources.get(Attribute.ORIGIN_PATTERNS).originPatterns(),
                sources.get(Attribute.ALLOWED_HEADERS).allowedHeaders(),
                sources.get(Attribute.EXPOSED_HEADERS).exposedHeaders(),
                sources.get(Attribute.METHODS).methods(),
                sources.get(Attribute.ALLOW_CREDENTIALS).allowCredentials(),
                sources.get(Attribute.MAX_AGE).maxAge(),
                sources.get(Attribute.ALLOW_PRIVATE_NETWORK).allowPrivateNetwork(),
                sources);
    }
}
