package dev.preflight.processor.validate;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Locator;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.resolve.Resolution;
import dev.preflight.processor.resolve.ResolvedMethod;
import dev.preflight.processor.resolve.ResolvedResource;
import dev.preflight.processor.resolve.Resolver;
import dev.preflight.runtime.HttpTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * E7 (a method nothing implements), E11 and E12: rules that look at all resource methods together,
 * by path and HTTP method, and by class for the classes that sub-resource locators return. Pure functions over the model, like {@link PolicyRules}.
 */
public final class ResourceRules {
    private ResourceRules() {
    }

    /**
     * @param resources the resource classes with a policy
     * @param unannotated the other resource classes of the compilation, for their {@code @OPTIONS} methods
     */
    public static List<Finding> check(List<Resource> resources, List<Resource> unannotated) {
        return check(Resolver.resolve(resources, unannotated, List.of()));
    }

    /** The same, on resource classes already resolved. */
    public static List<Finding> check(Resolution resolution) {
        List<ResolvedResource> resources = resolution.withPolicy();
        List<ResolvedResource> unannotated = resolution.unannotated();
        List<Finding> findings = new ArrayList<>();
        checkMethodsImplemented(resources, findings);
        Map<String, List<ResolvedMethod>> covered = new LinkedHashMap<>();
        for (ResolvedResource resource : resources) {
            for (ResolvedMethod method : resource.methods()) {
                if (method.matchKey() != null && method.isCovered()) {
                    covered.computeIfAbsent(method.matchKey(), k -> new ArrayList<>()).add(method);
                }
            }
        }
        checkHandWrittenOptions(resources, covered, findings);
        checkHandWrittenOptions(unannotated, covered, findings);
        covered.values().forEach(onOnePath -> checkAgreement(onOnePath, findings));
        List<ResolvedResource> all = new ArrayList<>(resources);
        all.addAll(unannotated);
        checkLocatorTargets(all, findings);
        return findings;
    }

    /**
     * E12 for a class that sub-resource locators return: at run time a resource method's policy is found
     * by its class and method, whichever locators led there, so every way of reaching the class must give
     * each of its resource methods the same policy, or none to all.
     */
    private static void checkLocatorTargets(List<ResolvedResource> all, List<Finding> findings) {
        // first the ways each class is reached: nearly all are reached one way, and need no more
        Map<String, Set<List<Locator>>> waysByClass = new HashMap<>();
        for (ResolvedResource resolved : all) {
            for (ResolvedMethod r : resolved.methods()) {
                waysByClass.computeIfAbsent(resolved.resource().reportedAs().get(0), k -> new HashSet<>())
                        .add(r.method().locators());
            }
        }
        Map<String, Map<List<Locator>, Reached>> byClass = new LinkedHashMap<>();
        for (ResolvedResource resolved : all) {
            Resource resource = resolved.resource();
            if (waysByClass.getOrDefault(resource.reportedAs().get(0), Set.of()).size() < 2) {
                continue;
            }
            for (ResolvedMethod r : resolved.methods()) {
                ResourceMethod method = r.method();
                byClass.computeIfAbsent(resource.reportedAs().get(0), k -> new LinkedHashMap<>())
                        .computeIfAbsent(method.locators(), k -> new Reached(resource, new LinkedHashMap<>()))
                        .policies().put(method.javaName() + "(" + String.join(",", method.parameterTypes()) + ")",
                                Optional.ofNullable(r.isCovered() ? r.policy().withoutSources() : null));
            }
        }
        for (Map<List<Locator>, Reached> ways : byClass.values()) {
            if (ways.size() < 2) {
                continue;
            }
            List<Map.Entry<List<Locator>, Reached>> list = new ArrayList<>(ways.entrySet());
            Map.Entry<List<Locator>, Reached> first = list.get(0);
            for (Map.Entry<List<Locator>, Reached> other : list.subList(1, list.size())) {
                String method = firstDifference(first.getValue().policies(), other.getValue().policies());
                if (method == null) {
                    continue;
                }
                String target = other.getValue().resource().site().describe();
                String fix = " at run time a method's policy is found by its class, not by the path that led "
                        + "there, so one policy would judge both. Put the @CrossOrigin on " + target
                        + " (or on its methods) instead of on the locators and the classes that declare them, "
                        + "or make them agree";
                if (!other.getKey().isEmpty()) {
                    findings.add(Finding.on(Rule.LOCATOR_TARGET_WITH_TWO_POLICIES, last(other.getKey()).site(), target + " is reached through "
                            + way(other.getKey()) + " and through " + way(first.getKey()) + " with two different "
                            + "policies (for " + target + "." + method + "):" + fix));
                }
                if (!first.getKey().isEmpty()) {
                    findings.add(Finding.on(Rule.LOCATOR_TARGET_WITH_TWO_POLICIES, last(first.getKey()).site(), target + " is reached through "
                            + way(first.getKey()) + " and through " + way(other.getKey()) + " with two different "
                            + "policies (for " + target + "." + method + "):" + fix));
                }
            }
        }
    }

    /** One way a class is reached: its methods' policies ({@code empty} for an uncovered method) by signature. */
    private record Reached(Resource resource, Map<String, Optional<EffectivePolicy>> policies) {
    }

    private static String firstDifference(Map<String, Optional<EffectivePolicy>> a,
            Map<String, Optional<EffectivePolicy>> b) {
        for (Map.Entry<String, Optional<EffectivePolicy>> e : a.entrySet()) {
            if (!e.getValue().equals(b.getOrDefault(e.getKey(), Optional.empty()))) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, Optional<EffectivePolicy>> e : b.entrySet()) {
            if (!a.containsKey(e.getKey()) && e.getValue().isPresent()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static Locator last(List<Locator> chain) {
        return chain.get(chain.size() - 1);
    }

    /** {@code com.example.Users.orders(long)} as {@code Users.orders(long)}. */
    private static String withoutPackage(String description) {
        int paren = description.indexOf('(');
        int methodDot = description.lastIndexOf('.', paren < 0 ? description.length() : paren);
        int classDot = methodDot <= 0 ? -1 : description.lastIndexOf('.', methodDot - 1);
        return description.substring(classDot + 1);
    }

    private static String way(List<Locator> chain) {
        if (chain.isEmpty()) {
            return "its own @Path (as a root resource)";
        }
        List<String> names = new ArrayList<>();
        // the description names the class read, which differs from the declaring one for an inherited locator
        chain.forEach(l -> names.add(withoutPackage(l.description())));
        return (chain.size() == 1 ? "the sub-resource locator " : "the sub-resource locators ")
                + String.join(" then ", names);
    }

    /** E7: each method a declaration's {@code methods} names must be implemented by a resource method it applies to. */
    private static void checkMethodsImplemented(List<ResolvedResource> resources, List<Finding> findings) {
        Map<DeclaredPolicy, Set<String>> implemented = new LinkedHashMap<>();
        Set<DeclaredPolicy> ownHead = new java.util.HashSet<>();
        for (ResolvedResource resource : resources) {
            for (ResolvedMethod resolved : resource.methods()) {
                ResourceMethod method = resolved.method();
                if (resolved.policy() == null || method.httpMethod().equals("OPTIONS")) {
                    continue; // never covered: E11's business
                }
                DeclaredPolicy source = resolved.policy().source(Attribute.METHODS);
                if (source.isExplicit(Attribute.METHODS)) {
                    Set<String> httpMethods = implemented.computeIfAbsent(source, d -> new TreeSet<>());
                    httpMethods.add(method.httpMethod());
                    if (method.httpMethod().equals("GET")) {
                        httpMethods.add("HEAD"); // Jakarta REST answers HEAD with the GET method
                    } else if (method.httpMethod().equals("HEAD")) {
                        ownHead.add(source);
                    }
                }
            }
        }
        implemented.forEach((d, implementedMethods) -> {
            if (!d.allowedMethods().isEmpty() && d.allowedMethods().stream().allMatch(m -> m.equals("OPTIONS"))) {
                // W5 already says OPTIONS is pointless; alone, it also leaves every method uncovered
                findings.add(Finding.at(Rule.ONLY_OPTIONS_METHOD, d, Attribute.METHODS, -1, "methods names only OPTIONS, which "
                        + "Preflight answers itself, so no resource method is covered and browsers get no CORS "
                        + "headers at all. Leave methods empty to cover " + String.join(", ", implementedMethods)));
                return;
            }
            for (int i = 0; i < d.allowedMethods().size(); i++) {
                String named = d.allowedMethods().get(i);
                if (named.equals("HEAD") && !ownHead.contains(d) && !d.allowedMethods().contains("GET")) {
                    // one filter is bound to the GET method for both, so HEAD alone would cover nothing
                    findings.add(Finding.at(Rule.HEAD_WITHOUT_GET, d, Attribute.METHODS, i, "methods names \"HEAD\" without "
                            + "\"GET\": Jakarta REST answers HEAD with the @GET resource method, which carries one "
                            + "policy for both, so this would cover nothing. Name \"GET\" (HEAD follows it)"));
                    continue;
                }
                if (implementedMethods.contains(named) || named.equals("OPTIONS") || named.equals("*")
                        || !HttpTokens.isToken(named)) {
                    continue; // W5, E2, E7 as a token: checkDeclaration's
                }
                String upper = named.toUpperCase(java.util.Locale.ROOT);
                findings.add(Finding.at(Rule.METHOD_NOT_IMPLEMENTED, d, Attribute.METHODS, i, "methods names \"" + named + "\", but no "
                        + "resource method this @CrossOrigin applies to implements it (they implement "
                        + String.join(", ", implementedMethods) + "); Access-Control-Allow-Methods only names what a path "
                        + "implements, so browsers would be refused it anyway. "
                        + (!upper.equals(named) && implementedMethods.contains(upper)
                                ? "Methods compare case-sensitively: write \"" + upper + "\""
                                : "Remove it, or add a @" + upper + " resource method")));
            }
        });
    }

    /** E11: an {@code @OPTIONS} resource method on a path whose preflights Preflight answers. */
    private static void checkHandWrittenOptions(List<ResolvedResource> resources,
            Map<String, List<ResolvedMethod>> covered, List<Finding> findings) {
        for (ResolvedResource resource : resources) {
            for (ResolvedMethod resolved : resource.methods()) {
                ResourceMethod method = resolved.method();
                String path = method.httpMethod().equals("OPTIONS") ? resolved.matchKey() : null;
                if (path == null || !covered.containsKey(path)) {
                    continue;
                }
                ResourceMethod first = covered.get(path).get(0).method();
                // on the @OPTIONS itself: the annotation that makes the method fight Preflight's answers
                findings.add(Finding.on(Rule.HAND_WRITTEN_OPTIONS, method.httpMethodSite(), "@OPTIONS method " + method.javaName() + " is on \""
                        + method.pathTemplate() + "\", a path whose CORS preflights Preflight answers (for "
                        + first.site().describe() + "), before resource matching: this method never sees a "
                        + "preflight, and CORS headers it writes would contradict Preflight's. Remove it (Jakarta "
                        + "REST answers plain OPTIONS by itself), or remove "
                        + "@CrossOrigin from that path"));
            }
        }
    }

    /** E12: the covered methods of one path, by HTTP method, must share one policy. */
    private static void checkAgreement(List<ResolvedMethod> onOnePath, List<Finding> findings) {
        Map<String, ResourceMethod> firstByHttpMethod = new LinkedHashMap<>();
        Map<String, EffectivePolicy> policyByHttpMethod = new LinkedHashMap<>();
        for (ResolvedMethod resolved : onOnePath) {
            ResourceMethod method = resolved.method();
            EffectivePolicy policy = resolved.policy();
            ResourceMethod first = firstByHttpMethod.putIfAbsent(method.httpMethod(), method);
            EffectivePolicy firstPolicy = policyByHttpMethod.putIfAbsent(method.httpMethod(), policy);
            if (first == null || firstPolicy.withoutSources().equals(policy.withoutSources())) {
                continue;
            }
            Attribute differs = firstDifference(firstPolicy, policy);
            String message = method.httpMethod() + " \"" + method.pathTemplate() + "\" has two @CrossOrigin policies "
                    + "that disagree" + (differs == null ? "" : " on " + differs.javaName()) + ": that of "
                    + method.site().describe() + " and that of " + first.site().describe() + ". A preflight is "
                    + "answered before Jakarta REST picks a resource method, so it cannot know which applies. Give "
                    + "both the same @CrossOrigin (for example on the class), or put them on different paths";
            // on the two @CrossOrigin whose values disagree, each at the value it wrote
            DeclaredPolicy mine = differs == null ? null : policy.source(differs);
            DeclaredPolicy theirs = differs == null ? null : firstPolicy.source(differs);
            if (mine == null || theirs == null) {
                findings.add(Finding.on(Rule.POLICIES_DISAGREE_ON_PATH, method.site(), message));
                continue;
            }
            findings.add(Finding.at(Rule.POLICIES_DISAGREE_ON_PATH, mine, mine.isExplicit(differs) ? differs : null, -1, message));
            if (theirs != mine) {
                findings.add(Finding.at(Rule.POLICIES_DISAGREE_ON_PATH, theirs, theirs.isExplicit(differs) ? differs : null, -1, message));
            }
        }
    }

    /** The first attribute whose values two policies disagree on, or {@code null}. */
    private static Attribute firstDifference(EffectivePolicy a, EffectivePolicy b) {
        for (Attribute attribute : Attribute.values()) {
            if (attribute.isHeld() && !a.values().get(attribute).equals(b.values().get(attribute))) {
                return attribute;
            }
        }
        return null;
    }
}
