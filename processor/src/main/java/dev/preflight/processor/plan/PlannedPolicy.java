package dev.preflight.processor.plan;

import dev.preflight.processor.model.EffectivePolicy;
import dev.preflight.runtime.OriginPlaceholder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A distinct effective policy of the compilation, with every response header value it needs computed,
 * ready to be written out as a row of the generated policy table.
 *
 * @param index its row in the table
 * @param methods the resource methods it covers, as the runtime's {@code PolicyTable} keys them
 *     ({@code com.example.UserResource#update(long,com.example.User)})
 * @param exactOrigins the exact origins (or placeholders), in order; empty with {@code anyOrigin}
 * @param patterns the origin patterns (or placeholders), in order
 * @param allowHeadersValue {@code Access-Control-Allow-Headers}, or {@code null}
 * @param namedHeaders the allowed header names as written (besides {@code "*"})
 * @param exposeHeadersValue {@code Access-Control-Expose-Headers}, or {@code null}
 * @param maxAgeValue {@code Access-Control-Max-Age}, or {@code null} for {@code maxAge = -1}
 */
public record PlannedPolicy(
        int index,
        List<String> methods,
        EffectivePolicy policy,
        boolean anyOrigin,
        List<String> exactOrigins,
        List<String> patterns,
        boolean anyHeader,
        List<String> namedHeaders,
        String allowHeadersValue,
        String exposeHeadersValue,
        String maxAgeValue) {

    static PlannedPolicy of(int index, EffectivePolicy policy, List<String> methods) {
        boolean anyOrigin = policy.allowsAnyOrigin();
        boolean anyHeader = policy.allowedHeaders().contains("*");
        List<String> named = distinctIgnoringCase(policy.allowedHeaders());
        named.remove("*");
        List<String> exposed = distinctIgnoringCase(policy.exposedHeaders());
        return new PlannedPolicy(
                index,
                List.copyOf(methods),
                policy,
                anyOrigin,
                anyOrigin ? List.of() : distinct(canonical(policy.origins())),
                distinct(canonical(policy.originPatterns())),
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
