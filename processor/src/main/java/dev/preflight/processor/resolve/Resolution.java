package dev.preflight.processor.resolve;

import dev.preflight.processor.model.DeclaredPolicy;
import java.util.List;

/**
 * Everything read in a round, resolved.
 *
 * @param withPolicy the resource classes to which a policy applies (a class that sub-resource locators
 *     return once per way it is reached)
 * @param unannotated the other resource classes of the round: none of their methods is covered, but
 *     their {@code @OPTIONS} methods and the ways they are reached still matter, and the audit report
 *     lists them
 * @param locatorPolicies the {@code @CrossOrigin} of every sub-resource locator read, to check as written
 *     even where they apply to no resource method
 */
public record Resolution(List<ResolvedResource> withPolicy, List<ResolvedResource> unannotated,
        List<DeclaredPolicy> locatorPolicies) {

    public Resolution {
        withPolicy = List.copyOf(withPolicy);
        unannotated = List.copyOf(unannotated);
        locatorPolicies = List.copyOf(locatorPolicies);
    }
}
