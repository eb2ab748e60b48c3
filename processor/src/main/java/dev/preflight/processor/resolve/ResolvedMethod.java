package dev.preflight.processor.resolve;

import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.processor.model.ResourceMethod;

/**
 * A resource method with what its declarations and path amount to, computed once for every later
 * stage.
 *
 * @param policy its merged policy, with the declaration each attribute came from; {@code null} when no
 *     {@code @CrossOrigin} applies to it
 * @param template its path relative to the application as the runtime's {@code PathPattern} normalizes
 *     it, or, when the template is malformed, as written (joined, without leading and trailing slashes)
 * @param matchKey the path as Jakarta REST matches it ({@code users/{id}} and {@code users/{key}} alike),
 *     or {@code null} when the template is malformed
 * @param pathProblem why the template is malformed, or {@code null}
 */
public record ResolvedMethod(ResourceMethod method, EffectivePolicy policy, Coverage coverage, String template,
        String matchKey, String pathProblem) {

    public boolean isCovered() {
        return coverage == Coverage.COVERED;
    }
}
