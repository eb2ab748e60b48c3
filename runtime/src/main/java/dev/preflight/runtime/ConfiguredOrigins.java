package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The origins of a policy that uses placeholders ({@link OriginPlaceholder}), resolved once when the
 * generated class is initialized and then matched like literal origins: an immutable set for exact
 * origins, precompiled {@link OriginPattern}s for patterns. Nothing is resolved or parsed per request.
 *
 * <p>Resolved values are checked with the rules the processor applies to literal ones
 * ({@link Origins#problemWith}, {@link OriginPattern#parse}). A bad value does not throw from a static
 * initializer, where a service loader could swallow it: it leaves this matcher refusing every origin
 * and records {@link #problem()}, and {@link PreflightFeatureSupport} fails the deployment with it.
 */
final class ConfiguredOrigins implements OriginMatcher {
    private final Set<String> exact;
    private final OriginPattern[] patterns;
    private final String problem;

    private ConfiguredOrigins(Set<String> exact, OriginPattern[] patterns, String problem) {
        this.exact = exact;
        this.patterns = patterns;
        this.problem = problem;
    }

    /**
     * Resolves a policy's {@code origins} and {@code originPatterns}, each value a literal or a
     * placeholder, from the system properties and the environment.
     */
    static ConfiguredOrigins resolve(String[] origins, String[] originPatterns) {
        return resolve(origins, originPatterns, System::getProperty, System::getenv);
    }

    static ConfiguredOrigins resolve(String[] origins, String[] originPatterns,
            UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        List<String> exact = new ArrayList<>();
        List<OriginPattern> patterns = new ArrayList<>();
        try {
            for (String origin : origins) {
                for (String value : values(origin, systemProperties, environment)) {
                    OriginProblem p = value.equals("*") ? new OriginProblem(OriginProblem.Kind.MALFORMED,
                            "origin \"*\" cannot come from configuration; write origins = \"*\" in the annotation, "
                                    + "where the build checks it against the rest of the policy")
                            : Origins.problemWith(value);
                    if (p != null) {
                        throw new IllegalStateException(where(origin) + p.message());
                    }
                    exact.add(value);
                }
            }
            for (String pattern : originPatterns) {
                for (String value : values(pattern, systemProperties, environment)) {
                    try {
                        patterns.add(OriginPattern.parse(value));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(where(pattern) + e.getMessage(), e);
                    }
                }
            }
        } catch (IllegalStateException e) {
            return new ConfiguredOrigins(Set.of(), new OriginPattern[0], "Preflight: " + e.getMessage());
        }
        return new ConfiguredOrigins(Set.copyOf(exact), patterns.toArray(new OriginPattern[0]), null);
    }

    private static List<String> values(String configured, UnaryOperator<String> systemProperties,
            UnaryOperator<String> environment) {
        return OriginPlaceholder.isPlaceholder(configured)
                ? OriginPlaceholder.parse(configured).resolve(systemProperties, environment)
                : List.of(configured);
    }

    private static String where(String configured) {
        if (!OriginPlaceholder.isPlaceholder(configured)) {
            return "";
        }
        OriginPlaceholder p = OriginPlaceholder.parse(configured);
        return "the value of " + p + " (system property " + p.property() + ", environment variable "
                + p.environmentVariable() + (p.defaultValue() == null ? "" : ", or the default") + ") is wrong: ";
    }

    @Override
    public boolean matches(String origin) {
        if (origin == null) {
            return false;
        }
        if (exact.contains(origin)) {
            return true;
        }
        for (OriginPattern pattern : patterns) {
            if (pattern.matches(origin)) {
                return true;
            }
        }
        return false;
    }

    /** What was wrong with the configured values, or {@code null}. */
    String problem() {
        return problem;
    }

    /** The resolved exact origins, for diagnostics. */
    Set<String> origins() {
        return exact;
    }
}
