package dev.preflight.processor.plan;

import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.runtime.OriginPlaceholder;
import dev.preflight.runtime.PolicyRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The row of the generated policy table for a distinct merged policy: its values as they are sent. */
final class PolicyRows {
    private PolicyRows() {
    }

    /**
     * @param methodKeys the resource methods it covers, as the runtime's {@code PolicyTable} keys them
     *     ({@link PolicyRow#methodKey})
     */
    static PolicyRow of(EffectivePolicy policy, List<String> methodKeys) {
        boolean anyOrigin = policy.allowsAnyOrigin();
        List<String> named = distinctIgnoringCase(policy.allowedHeaders());
        boolean anyHeader = named.remove("*");
        return new PolicyRow(
                methodKeys,
                anyOrigin,
                anyOrigin ? List.of() : distinct(canonical(policy.origins())),
                distinct(canonical(policy.originPatterns())),
                anyHeader,
                named,
                distinctIgnoringCase(policy.exposedHeaders()),
                policy.allowCredentials(),
                policy.maxAge() < 0 ? -1 : policy.maxAge(),
                policy.allowPrivateNetwork());
    }

    /**
     * The values with each placeholder's default list written without spaces
     * ({@code ${app.cors.origins:https://a.example.com,https://b.example.com}}), which resolves to the
     * same origins: the generated table separates values by spaces. Validation has ensured that no
     * origin, pattern or property name contains one.
     */
    private static List<String> canonical(List<String> values) {
        List<String> canonical = new ArrayList<>();
        for (String value : values) {
            if (OriginPlaceholder.isPlaceholder(value)) {
                OriginPlaceholder p = OriginPlaceholder.parse(value);
                value = "${" + p.property() + (p.defaultValue() == null ? ""
                        : ":" + String.join(",", OriginPlaceholder.split(p.defaultValue()))) + "}";
            }
            canonical.add(value);
        }
        return canonical;
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
