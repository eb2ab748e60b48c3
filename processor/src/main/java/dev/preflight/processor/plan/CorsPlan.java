package dev.preflight.processor.plan;

import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.resolve.ResolvedMethod;
import dev.preflight.processor.resolve.ResolvedResource;
import dev.preflight.runtime.PolicyRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan of everything generated for one compilation: the distinct policies of all its resource
 * methods, each with the methods it covers, as the rows of the generated table. Paths are the runtime's
 * business: it reads them from what the application really deploys.
 *
 * @param rows one per distinct policy, in the order the table lists them
 * @param resources the resource classes with at least one covered method
 */
public record CorsPlan(List<PolicyRow> rows, List<Resource> resources) {

    /**
     * Plans valid resources: every resource method with a policy, except {@code OPTIONS} methods and
     * methods the policy's {@code methods} leave out. Resource methods with equal policies share one,
     * across resource classes.
     */
    public static CorsPlan of(List<ResolvedResource> resources) {
        // a class that several locators return is read once per locator, with the same keys
        Map<EffectivePolicy, Set<String>> keysByPolicy = new LinkedHashMap<>();
        List<Resource> covering = new ArrayList<>();
        for (ResolvedResource resolved : resources) {
            Resource resource = resolved.resource();
            Map<EffectivePolicy, List<ResourceMethod>> methodsOfPolicy = new LinkedHashMap<>();
            for (ResolvedMethod covered : resolved.methods()) {
                if (!covered.isCovered()) {
                    continue;
                }
                ResourceMethod method = covered.method();
                EffectivePolicy effective = covered.policy().withoutSources();
                methodsOfPolicy.computeIfAbsent(effective, p -> new ArrayList<>()).add(method);
            }
            // the keys of one class together: the generated list names each class once
            methodsOfPolicy.forEach((effective, resourceMethods) -> {
                Set<String> keys = keysByPolicy.computeIfAbsent(effective, p -> new LinkedHashSet<>());
                resource.reportedAs().forEach(type -> resourceMethods.forEach(
                        m -> keys.add(PolicyRow.methodKey(type, m.javaName(), m.parameterTypes()))));
            });
            if (!methodsOfPolicy.isEmpty()) {
                covering.add(resource);
            }
        }
        List<PolicyRow> rows = new ArrayList<>();
        keysByPolicy.forEach((effective, keys) -> rows.add(PolicyRows.of(effective, List.copyOf(keys))));
        return new CorsPlan(List.copyOf(rows), covering);
    }
}
