package dev.preflight.processor.plan;

import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan of everything generated for one compilation: the distinct policies of all its resource
 * methods, each with the methods it covers, and the application's path table sorted in Jakarta REST
 * precedence order.
 *
 * @param resources the resource classes with at least one covered method
 */
public record CorsPlan(List<PlannedPolicy> policies, List<PlannedRoute> routes, List<Resource> resources) {

    /** Methods in the order {@code Access-Control-Allow-Methods} lists them; others follow by name. */
    private static final List<String> METHOD_ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    /**
     * Plans valid resources: every resource method with a policy, except {@code OPTIONS} methods and
     * methods the policy's {@code methods} leave out. Resource methods with equal policies share one,
     * across resource classes.
     */
    public static CorsPlan of(List<Resource> resources) {
        // a class that several locators return is read once per locator, with the same keys
        Map<EffectivePolicy, Set<String>> methodsByPolicy = new LinkedHashMap<>();
        Map<String, List<Covered>> byPath = new LinkedHashMap<>();
        List<Resource> covering = new ArrayList<>();
        for (Resource resource : resources) {
            Map<EffectivePolicy, List<String>> signatures = new LinkedHashMap<>();
            for (ResourceMethod method : resource.methods()) {
                if (!method.hasPolicy()) {
                    continue;
                }
                EffectivePolicy effective = PolicyMerger.merge(method).withoutSources();
                if (!isCovered(method, effective)) {
                    continue;
                }
                signatures.computeIfAbsent(effective, p -> new ArrayList<>())
                        .add("#" + method.javaName() + "(" + String.join(",", method.parameterTypes()) + ")");
                PathTemplate path = PathTemplate.parse(method.pathTemplate());
                byPath.computeIfAbsent(path.matchKey(), k -> new ArrayList<>())
                        .add(new Covered(path, method.httpMethod(), effective));
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
        List<PlannedRoute> table = new ArrayList<>();
        for (List<Covered> onPath : byPath.values()) {
            RouteBuilder route = new RouteBuilder(onPath.get(0).path());
            onPath.forEach(c -> route.add(new PlannedRoute.Entry(c.httpMethod(), policies.get(c.policy()))));
            table.add(route.build());
        }
        table.sort(Comparator
                .comparingInt((PlannedRoute r) -> -r.path().literalCharacters())
                .thenComparingInt(r -> -r.path().parameters())
                .thenComparingInt(r -> -r.path().regexParameters())
                .thenComparing(r -> r.path().template()));
        return new CorsPlan(List.copyOf(policies.values()), table, covering);
    }

    /** Whether the generated code answers for this resource method. */
    public static boolean isCovered(ResourceMethod method) {
        return method.hasPolicy() && isCovered(method, PolicyMerger.merge(method));
    }

    /** The same, for a method with a policy whose merged {@code policy} is at hand. */
    public static boolean isCovered(ResourceMethod method, EffectivePolicy policy) {
        List<String> only = policy.methods();
        return !method.httpMethod().equals("OPTIONS") && (only.isEmpty() || only.contains(method.httpMethod()));
    }

    private record Covered(PathTemplate path, String httpMethod, EffectivePolicy policy) {
    }

    private static final class RouteBuilder {
        private final PathTemplate path;
        private final List<PlannedRoute.Entry> entries = new ArrayList<>();

        RouteBuilder(PathTemplate path) {
            this.path = path;
        }

        void add(PlannedRoute.Entry entry) {
            for (PlannedRoute.Entry existing : entries) {
                if (existing.httpMethod().equals(entry.httpMethod())) {
                    return; // the first declaration wins, as in Jakarta REST matching
                }
            }
            entries.add(entry);
        }

        PlannedRoute build() {
            entries.sort(Comparator.comparingInt((PlannedRoute.Entry e) -> methodRank(e.httpMethod()))
                    .thenComparing(PlannedRoute.Entry::httpMethod));
            List<PlannedPolicy> distinct = new ArrayList<>();
            for (PlannedRoute.Entry entry : entries) {
                if (distinct.stream().noneMatch(p -> p == entry.policy())) {
                    distinct.add(entry.policy());
                }
            }
            List<String> allowMethods = new ArrayList<>();
            for (int set = 0; set < 1 << distinct.size(); set++) {
                List<String> methods = new ArrayList<>();
                for (PlannedRoute.Entry entry : entries) {
                    if ((set & (1 << indexOf(distinct, entry.policy()))) != 0) {
                        methods.add(entry.httpMethod());
                    }
                }
                allowMethods.add(String.join(", ", methods));
            }
            return new PlannedRoute(path, List.copyOf(entries), allowMethods);
        }

        private static int indexOf(List<PlannedPolicy> policies, PlannedPolicy policy) {
            for (int i = 0; i < policies.size(); i++) {
                if (policies.get(i) == policy) {
                    return i;
                }
            }
            throw new IllegalStateException("policy not on route");
        }

        private static int methodRank(String method) {
            int rank = METHOD_ORDER.indexOf(method);
            return rank < 0 ? METHOD_ORDER.size() : rank;
        }
    }
}
