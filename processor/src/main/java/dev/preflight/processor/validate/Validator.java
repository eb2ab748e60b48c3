package dev.preflight.processor.validate;

import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.plan.CorsPlan;
import dev.preflight.runtime.PathPattern;
import dev.preflight.processor.plan.PolicyMerger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule over what was read: each declaration once, each resource method's merged policy and
 * signature, and the rules across paths; then drops the warnings that {@code @SuppressWarnings("cors")}
 * covers.
 */
public final class Validator {
    private Validator() {
    }

    /**
     * @param resources the resource classes with a policy
     * @param unannotated the other resource classes of the compilation
     */
    public static List<Finding> validate(List<Resource> resources, List<Resource> unannotated) {
        return validate(resources, unannotated, List.of());
    }

    /**
     * @param resources the resource classes with a policy
     * @param unannotated the other resource classes of the compilation
     * @param declarations more declarations to check as written, such as those of sub-resource locators
     *     that may apply to no resource method
     */
    public static List<Finding> validate(List<Resource> resources, List<Resource> unannotated,
            List<DeclaredPolicy> declarations) {
        List<Finding> findings = new ArrayList<>();
        Set<DeclaredPolicy> checked = new LinkedHashSet<>();
        for (Resource resource : resources) {
            for (ResourceMethod method : resource.methods()) {
                for (DeclaredPolicy declaration : method.declarations()) {
                    if (checked.add(declaration)) {
                        findings.addAll(PolicyRules.checkDeclaration(declaration));
                    }
                }
                if (!method.hasPolicy()) {
                    continue;
                }
                EffectivePolicy policy = PolicyMerger.merge(method);
                findings.addAll(PolicyRules.checkEffective(policy, method.site()));
                try {
                    PathPattern.parse(method.pathTemplate());
                } catch (IllegalArgumentException e) {
                    findings.add(Finding.on(Rule.E10, method.site(), "@CrossOrigin applies to "
                            + method.javaName() + ", whose @Path cannot be matched: " + e.getMessage()
                            + ". Jakarta REST rejects it as well; fix the @Path template"));
                    continue;
                }
                if (CorsPlan.isCovered(method, policy)) {
                    findings.addAll(SignatureRules.check(method, policy));
                }
            }
        }
        for (DeclaredPolicy declaration : declarations) {
            if (checked.add(declaration)) {
                findings.addAll(PolicyRules.checkDeclaration(declaration));
            }
        }
        findings.addAll(ResourceRules.check(resources, unannotated));
        findings.removeIf(f -> f.rule().severity() == Rule.Severity.WARNING && f.site().warningsSuppressed());
        return findings;
    }
}
