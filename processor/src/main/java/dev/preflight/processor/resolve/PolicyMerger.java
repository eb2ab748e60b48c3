package dev.preflight.processor.resolve;

import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.AttributeValues;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.ResourceMethod;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the declarations that apply to a resource method, from the outside in (application,
 * package, class, method): each attribute comes from the innermost declaration that sets it
 * explicitly, else it is the annotation's default.
 */
public final class PolicyMerger {
    private PolicyMerger() {
    }

    /** The effective policy of a resource method that has at least one declaration. */
    public static EffectivePolicy merge(ResourceMethod method) {
        List<DeclaredPolicy> chain = method.declarations();
        DeclaredPolicy innermost = chain.get(chain.size() - 1);
        Map<Attribute, DeclaredPolicy> sources = new EnumMap<>(Attribute.class);
        AttributeValues.Builder values = AttributeValues.builder();
        boolean allInnermost = true;
        for (Attribute attribute : Attribute.values()) {
            if (!attribute.isHeld()) {
                continue;
            }
            DeclaredPolicy source = innermost;
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (chain.get(i).isExplicit(attribute)) {
                    source = chain.get(i);
                    break;
                }
            }
            sources.put(attribute, source);
            values.copy(attribute, source.values());
            allInnermost &= source == innermost;
        }
        // every value from one declaration (a class's methods without their own): its values, shared
        return new EffectivePolicy(allInnermost ? innermost.values() : values.build(), sources);
    }
}
