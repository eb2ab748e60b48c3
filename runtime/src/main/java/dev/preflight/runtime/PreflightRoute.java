package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One path template of the application, the HTTP methods its resource methods declare, and the
 * policy of each. The processor computes all of it, including the {@code Access-Control-Allow-Methods}
 * value for every combination of the route's policies that can allow an origin.
 */
public final class PreflightRoute {
    private final String template;
    /** The path when the template has no parameter, else {@code null}. */
    private final String literal;
    /** Compiled once, when the generated class is initialized; {@code null} for a literal path or when {@link #fastMatcher} answers. */
    private final Pattern pattern;
    /** The same match without a per-request {@code Matcher}, when the template allows; else {@code null}. */
    private final TemplateMatcher fastMatcher;
    private final String[] methods;
    /** Index into {@link #policies} of each method's policy. */
    private final int[] policyOf;
    /** The route's distinct policies. */
    private final CorsPolicy[] policies;
    /** {@code Access-Control-Allow-Methods}, indexed by the bit set of {@link #policies} that allow the origin. */
    private final String[] allowMethods;

    private PreflightRoute(Builder b) {
        this.template = b.template;
        this.literal = b.literal;
        this.fastMatcher = b.regex == null ? null : TemplateMatcher.of(b.regex);
        this.pattern = b.regex == null || fastMatcher != null ? null : Pattern.compile(b.regex);
        this.methods = b.methods.toArray(new String[0]);
        this.policies = b.policies.toArray(new CorsPolicy[0]);
        this.policyOf = b.policyOf.stream().mapToInt(Integer::intValue).toArray();
        this.allowMethods = b.allowMethods;
        if (allowMethods == null || allowMethods.length != 1 << policies.length) {
            throw new IllegalStateException("route " + template + " needs " + (1 << policies.length)
                    + " Access-Control-Allow-Methods values");
        }
    }

    /** A route for a path without template parameters, relative to the application ({@code users/me}). */
    public static Builder literal(String path) {
        return new Builder(path, path, null);
    }

    /**
     * A route for a path with template parameters.
     *
     * @param template the template as written, for messages
     * @param regex the template's regular expression, as Jakarta REST matches it (the processor
     *     derives it)
     */
    public static Builder template(String template, String regex) {
        return new Builder(template, null, regex);
    }

    String literal() {
        return literal;
    }

    boolean matches(String path) {
        return fastMatcher != null ? fastMatcher.matches(path) : pattern.matcher(path).matches();
    }

    /** The policy of the resource method for {@code method}; {@code HEAD} falls back to {@code GET}, as in Jakarta REST. */
    CorsPolicy policyFor(String method) {
        for (int i = 0; i < methods.length; i++) {
            if (methods[i].equals(method)) {
                return policies[policyOf[i]];
            }
        }
        return method.equals("HEAD") ? policyFor("GET") : null;
    }

    /** {@code Access-Control-Allow-Methods} for an allowed origin: the methods whose policy allows it. */
    String allowMethods(String origin) {
        int set = 0;
        for (int i = 0; i < policies.length; i++) {
            if (policies[i].allowsOrigin(origin)) {
                set |= 1 << i;
            }
        }
        return allowMethods[set];
    }

    /** The route's distinct policies. */
    List<CorsPolicy> policies() {
        return List.of(policies);
    }

    @Override
    public String toString() {
        return template;
    }

    /** Collects a route's methods; called by generated code. */
    public static final class Builder {
        private final String template;
        private final String literal;
        private final String regex;
        private final List<String> methods = new ArrayList<>();
        private final List<CorsPolicy> policies = new ArrayList<>();
        private final List<Integer> policyOf = new ArrayList<>();
        private String[] allowMethods;

        private Builder(String template, String literal, String regex) {
            this.template = Objects.requireNonNull(template, "template");
            this.literal = literal;
            this.regex = regex;
        }

        /** The resource method for {@code method} on this path has {@code policy}. */
        public Builder method(String method, CorsPolicy policy) {
            int index = -1;
            for (int i = 0; i < policies.size(); i++) {
                if (policies.get(i) == policy) {
                    index = i;
                }
            }
            if (index < 0) {
                policies.add(policy);
                index = policies.size() - 1;
            }
            methods.add(method);
            policyOf.add(index);
            return this;
        }

        /**
         * The {@code Access-Control-Allow-Methods} values: element {@code s} lists the methods whose
         * policy is in the set {@code s} (bit {@code i} stands for the {@code i}-th distinct policy in
         * the order {@link #method} first saw them).
         */
        public Builder allowMethods(String... values) {
            this.allowMethods = values.clone();
            return this;
        }

        public PreflightRoute build() {
            return new PreflightRoute(this);
        }
    }
}
