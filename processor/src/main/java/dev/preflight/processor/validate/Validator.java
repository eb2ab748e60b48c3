package dev.preflight.processor.validate;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.resolve.Resolution;
import dev.preflight.processor.resolve.ResolvedMethod;
import dev.preflight.processor.resolve.ResolvedResource;
import dev.preflight.processor.resolve.Resolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule over what was read and resolved: each declaration once, each resource method's merged
 * policy and signature, and the rules across paths; then drops the warnings that
 * {@code @SuppressWarnings("cors")} covers.
 */
public final class Validator {
    private Validator() {
    }

    /**
     * Resolves and validates resource classes read (or built by hand): what {@link #validate(Resolution)}
     * does after the resolve stage.
     *
     * @param resources the resource classes with a policy
     * @param unannotated the other resource classes of the compilation
     */
    public static List<Finding> validate(List<Resource> resources, List<Resource> unannotated) {
        return validate(Resolver.resolve(resources, unannotated, List.of()));
    }

    public static List<Finding> validate(Resolution resolution) {
        List<Finding> findings = new ArrayList<>();
        Set<DeclaredPolicy> checked = new LinkedHashSet<>();
        for (ResolvedResource resource : resolution.withPolicy()) {
            for (ResolvedMethod resolved : resource.methods()) {
                ResourceMethod method = resolved.method();
                for (DeclaredPolicy declaration : method.declarations()) {
                    if (checked.add(declaration)) {
                        findings.addAll(PolicyRules.checkDeclaration(declaration));
                    }
                }
                EffectivePolicy policy = resolved.policy();
                if (policy == null) {
                    continue;
                }
                findings.addAll(PolicyRules.checkEffective(policy, method.site()));
                if (resolved.pathProblem() != null) {
                    findings.add(Finding.on(Rule.UNMATCHABLE_PATH, method.site(), "@CrossOrigin applies to "
                            + method.javaName() + ", whose @Path cannot be matched: " + resolved.pathProblem()
                            + ". Jakarta REST rejects it as well; fix the @Path template"));
                    continue;
                }
                if (resolved.isCovered()) {
                    findings.addAll(SignatureRules.check(method, policy));
                }
            }
        }
        for (DeclaredPolicy declaration : resolution.locatorPolicies()) {
            if (checked.add(declaration)) {
                findings.addAll(PolicyRules.checkDeclaration(declaration));
            }
        }
        findings.addAll(ResourceRules.check(resolution));
        findings.removeIf(f -> f.rule().severity() == Rule.Severity.WARNING && f.site().warningsSuppressed());
        return findings;
    }
}
