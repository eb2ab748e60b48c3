package dev.preflight.processor.plan;

import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan of everything generated for one compilation: per resource class its distinct policies and
 * method bindings, and the application's path table sorted in Jakarta REST precedence order.
 */
public record CorsPlan(List<PlannedResource> resources, List<PlannedRoute> routes) {

    /** Methods in the order {@code Access-Control-Allow-Methods} lists them; others follow by name. */
    private static final List<String> METHOD_ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    /**
     * Plans valid resources: every resource method with a policy, except {@code OPTIONS} methods and
     * methods the policy's {@code methods} leave out.
     */
    public static CorsPlan of(List<Resource> resources) {
        List<PlannedResource> planned = new ArrayList<>();
        Map<String, RouteBuilder> routes = new LinkedHashMap<>();
        for (Resource resource : resources) {
            Map<EffectivePolicy, PlannedPolicy> policies = new LinkedHashMap<>();
            List<PlannedResource.MethodBinding> bindings = new ArrayList<>();
            List<Covered> covered = new ArrayList<>();
            for (ResourceMethod method : resource.methods()) {
                if (!isCovered(method)) {
                    continue;
                }
                EffectivePolicy effective = PolicyMerger.merge(method).withoutSources();
                PlannedPolicy policy = policies.computeIfAbsent(effective,
                        p -> PlannedPolicy.of(policies.size(), p));
                bindings.add(new PlannedResource.MethodBinding(method.javaName(), method.parameterTypes(), policy));
                covered.add(new Covered(method, policy));
            }
            PlannedResource plannedResource = new PlannedResource(resource, generatedName(resource),
                    List.copyOf(policies.values()), bindings);
            planned.add(plannedResource);
            for (Covered c : covered) {
                PathTemplate path = PathTemplate.parse(c.method().pathTemplate());
                routes.computeIfAbsent(path.matchKey(), k -> new RouteBuilder(path))
                        .add(new PlannedRoute.Entry(c.method().httpMethod(), plannedResource, c.policy()));
            }
        }
        List<PlannedRoute> table = new ArrayList<>();
        for (RouteBuilder route : routes.values()) {
            table.add(route.build());
        }
        table.sort(Comparator
                .comparingInt((PlannedRoute r) -> -r.path().literalCharacters())
                .thenComparingInt(r -> -r.path().parameters())
                .thenComparingInt(r -> -r.path().regexParameters())
                .thenComparing(r -> r.path().template()));
        return new CorsPlan(planned, table);
    }

    /** The same plan without the resource classes none of whose methods is covered. */
    public CorsPlan withoutEmptyResources() {
        return new CorsPlan(resources.stream().filter(r -> !r.bindings().isEmpty()).toList(), routes);
    }

    /** Whether the generated code answers for this resource method. */
    public static boolean isCovered(ResourceMethod method) {
        if (!method.hasPolicy() || method.httpMethod().equals("OPTIONS")) {
            return false;
        }
        List<String> only = PolicyMerger.merge(method).methods();
        return only.isEmpty() || only.contains(method.httpMethod());
    }

    /** {@code UserResourceCors}; for nested classes {@code Outer_InnerCors}. */
    static String generatedName(Resource resource) {
        return String.join("_", resource.simpleNames()) + "Cors";
    }

    private record Covered(ResourceMethod method, PlannedPolicy policy) {
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
