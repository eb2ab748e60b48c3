package dev.preflight.processor.plan;

import dev.preflight.processor.model.EffectivePolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A distinct effective policy of one resource class, with every response header value it needs
 * computed, ready to be written out as a {@code CorsPolicy} constant.
 *
 * @param fieldName the constant's name in the generated class ({@code POLICY_0})
 * @param index its number within the resource class
 * @param exactOrigins the exact origins (or placeholders), in order; empty with {@code anyOrigin}
 * @param allowHeadersValue {@code Access-Control-Allow-Headers}, or {@code null}
 * @param namedHeaders the allowed header names as written (besides {@code "*"})
 * @param exposeHeadersValue {@code Access-Control-Expose-Headers}, or {@code null}
 * @param maxAgeValue {@code Access-Control-Max-Age}, or {@code null} for {@code maxAge = -1}
 */
public record PlannedPolicy(
        String fieldName,
        int index,
        EffectivePolicy policy,
        boolean anyOrigin,
        List<String> exactOrigins,
        List<String> patterns,
        boolean anyHeader,
        List<String> namedHeaders,
        String allowHeadersValue,
        String exposeHeadersValue,
        String maxAgeValue) {

    static PlannedPolicy of(int index, EffectivePolicy policy) {
        boolean anyOrigin = policy.allowsAnyOrigin();
        boolean anyHeader = policy.allowedHeaders().contains("*");
        List<String> named = distinctIgnoringCase(policy.allowedHeaders());
        named.remove("*");
        List<String> exposed = distinctIgnoringCase(policy.exposedHeaders());
        return new PlannedPolicy(
                "POLICY_" + index,
                index,
                policy,
                anyOrigin,
                anyOrigin ? List.of() : distinct(policy.origins()),
                distinct(policy.originPatterns()),
                anyHeader,
                named,
                anyHeader || named.isEmpty() ? null : String.join(", ", named),
                exposed.isEmpty() ? null : String.join(", ", exposed),
                policy.maxAge() < 0 ? null : Long.toString(policy.maxAge()));
    }

    public boolean allowCredentials() {
        return policy.allowCredentials();
    }

    public boolean allowPrivateNetwork() {
        return policy.allowPrivateNetwork();
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(toMap(values, false).values());
    }

    private static List<String> distinctIgnoringCase(List<String> values) {
        return new ArrayList<>(toMap(values, true).values());
    }

    private static Map<String, String> toMap(List<String> values, boolean ignoreCase) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : values) {
            byKey.putIfAbsent(ignoreCase ? value.toLowerCase(Locale.ROOT) : value, value);
        }
        return byKey;
    }
}
