package dev.preflight.processor.plan;

import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.resolve.ResolvedMethod;
import dev.preflight.processor.resolve.ResolvedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan of everything generated for one compilation: the distinct policies of all its resource
 * methods, each with the methods it covers. Paths are the runtime's business: it reads them from what
 * the application really deploys.
 *
 * @param resources the resource classes with at least one covered method
 */
public record CorsPlan(List<PlannedPolicy> policies, List<Resource> resources) {

    /**
     * Plans valid resources: every resource method with a policy, except {@code OPTIONS} methods and
     * methods the policy's {@code methods} leave out. Resource methods with equal policies share one,
     * across resource classes.
     */
    public static CorsPlan of(List<ResolvedResource> resources) {
        // a class that several locators return is read once per locator, with the same keys
        Map<EffectivePolicy, Set<String>> methodsByPolicy = new LinkedHashMap<>();
        List<Resource> covering = new ArrayList<>();
        for (ResolvedResource resolved : resources) {
            Resource resource = resolved.resource();
            Map<EffectivePolicy, List<String>> signatures = new LinkedHashMap<>();
            for (ResolvedMethod covered : resolved.methods()) {
                if (!covered.isCovered()) {
                    continue;
                }
                ResourceMethod method = covered.method();
                EffectivePolicy effective = covered.policy().withoutSources();
                signatures.computeIfAbsent(effective, p -> new ArrayList<>())
                        .add("#" + method.javaName() + "(" + String.join(",", method.parameterTypes()) + ")");
            }
            // the keys of one class together: the generated list names each class once
            signatures.forEach((effective, methods) -> {
                Set<String> keys = methodsByPolicy.computeIfAbsent(effective, p -> new LinkedHashSet<>());
                resource.reportedAs().forEach(type -> methods.forEach(m -> keys.add(type + m)));
            });
            if (!signatures.isEmpty()) {
                covering.add(resource);
            }
        }
        Map<EffectivePolicy, PlannedPolicy> policies = new LinkedHashMap<>();
        methodsByPolicy.forEach((effective, keys) ->
                policies.put(effective, PlannedPolicy.of(policies.size(), effective, List.copyOf(keys))));
        return new CorsPlan(List.copyOf(policies.values()), covering);
    }
}
