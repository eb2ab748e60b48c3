package dev.preflight.processor.resolve;

import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.runtime.PathPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The second stage: computes, once per resource method, its merged policy, its path and whether the
 * generated code covers it, for validation, the plan and the audit report alike.
 */
public final class Resolver {
    private Resolver() {
    }

    /**
     * @param withPolicy the resource classes to which a policy applies
     * @param unannotated the other resource classes of the round
     * @param locatorPolicies the declarations of the sub-resource locators read
     */
    public static Resolution resolve(List<Resource> withPolicy, List<Resource> unannotated,
            List<DeclaredPolicy> locatorPolicies) {
        return new Resolution(resolveAll(withPolicy), resolveAll(unannotated), locatorPolicies);
    }

    private static List<ResolvedResource> resolveAll(List<Resource> resources) {
        List<ResolvedResource> resolved = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            List<ResolvedMethod> methods = new ArrayList<>(resource.methods().size());
            resource.methods().forEach(m -> methods.add(resolve(m)));
            resolved.add(new ResolvedResource(resource, methods));
        }
        return resolved;
    }

    /** One resource method. */
    public static ResolvedMethod resolve(ResourceMethod method) {
        EffectivePolicy policy = method.hasPolicy() ? PolicyMerger.merge(method) : null;
        String template;
        String matchKey = null;
        String pathProblem = null;
        try {
            PathPattern pattern = PathPattern.parse(method.pathTemplate());
            template = pattern.template();
            matchKey = pattern.matchKey();
        } catch (IllegalArgumentException e) {
            template = PathPattern.join(method.pathTemplate(), "");
            pathProblem = e.getMessage();
        }
        return new ResolvedMethod(method, policy, coverage(method, policy), template, matchKey, pathProblem);
    }

    private static Coverage coverage(ResourceMethod method, EffectivePolicy policy) {
        if (policy == null) {
            return Coverage.NO_POLICY;
        }
        if (method.httpMethod().equals("OPTIONS")) {
            return Coverage.OPTIONS_METHOD;
        }
        List<String> only = policy.allowedMethods();
        return only.isEmpty() || only.contains(method.httpMethod()) ? Coverage.COVERED : Coverage.LEFT_OUT_BY_METHODS;
    }
}
