package dev.preflight.runtime;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * The distinct policies of an application, in the order the generated {@code PreflightFeature} lists
 * them, and the resource methods each covers. Filled once, one row per policy, when the generated class
 * is initialized; immutable after {@link Builder#build()}.
 *
 * <p>A row is one call with string constants rather than a builder chain and arrays: javac then spends
 * almost nothing on the generated code, however many resources an application has.
 */
public final class PolicyTable {
    /** Row flag: {@code allowCredentials = true}. */
    public static final int CREDENTIALS = 1;
    /** Row flag: {@code allowedHeaders} contains {@code "*"}. */
    public static final int ANY_HEADER = 2;
    /** Row flag: {@code allowPrivateNetwork = true}. */
    public static final int PRIVATE_NETWORK = 4;

    private final CorsPolicy[] policies;
    /** {@code binary.ClassName#method(paramType,...)} to the policy of that resource method. */
    private final Map<String, CorsPolicy> byMethod;

    private PolicyTable(Builder b) {
        this.policies = b.policies.toArray(new CorsPolicy[0]);
        this.byMethod = Map.copyOf(b.byMethod);
    }

    public static Builder builder(int size) {
        return new Builder(size);
    }

    /** The policy of row {@code index}. */
    CorsPolicy get(int index) {
        return policies[index];
    }

    int size() {
        return policies.length;
    }

    /** The first problem of a policy configured through placeholders, or {@code null}. */
    String configurationProblem() {
        for (CorsPolicy policy : policies) {
            if (policy.configurationProblem() != null) {
                return policy.configurationProblem();
            }
        }
        return null;
    }

    /**
     * The policy of a deployed resource method. The deployed class is looked up, then, unless it declares
     * {@code @Path} itself, its superclasses and interfaces: a runtime may report a class it generated
     * (a CDI proxy) that extends the resource class, or the class that implements the interface carrying
     * {@code @Path}; RESTEasy reports that interface, under which the processor lists the methods too.
     * Called once per resource method when the application starts, never per request.
     *
     * @return the policy of {@code method} of {@code resourceClass}, or {@code null} when none covers it
     */
    CorsPolicy policyFor(Class<?> resourceClass, Method method) {
        String signature = signature(method);
        Set<Class<?>> seen = new HashSet<>();
        Queue<Class<?>> types = new ArrayDeque<>(List.of(resourceClass));
        while (!types.isEmpty()) {
            Class<?> type = types.remove();
            if (!seen.add(type)) {
                continue;
            }
            CorsPolicy policy = byMethod.get(type.getName() + signature);
            if (policy != null) {
                return policy;
            }
            if (type.isAnnotationPresent(Path.class)) {
                // a resource class of its own: a subclass at another path does not take the policy of
                // the resource class it extends, only a subclass the runtime made (a proxy) does
                continue;
            }
            if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
                types.add(type.getSuperclass());
            }
            types.addAll(List.of(type.getInterfaces()));
        }
        return null;
    }

    /** {@code #update(long,com.example.User$Address[])}: the key's part after the class name. */
    static String signature(Method method) {
        StringBuilder s = new StringBuilder("#").append(method.getName()).append('(');
        Class<?>[] parameters = method.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            s.append(i == 0 ? "" : ",").append(parameters[i].getTypeName());
        }
        return s.append(')').toString();
    }

    /** Collects the rows; called by generated code with values the processor validated and formatted. */
    public static final class Builder {
        private final List<CorsPolicy> policies;
        private final Map<String, CorsPolicy> byMethod = new HashMap<>();

        private Builder(int size) {
            this.policies = new ArrayList<>(size);
        }

        /**
         * Adds the next policy: the row {@link PolicyRow#decode(PolicyRow.Encoded)} reads from these
         * arguments.
         *
         * @param methodKeys the resource methods it covers, space-separated, each as
         *     {@code com.example.UserResource#update(long,com.example.User)} (binary class names, erased
         *     parameter types as {@link Class#getTypeName()} writes them), or as {@code #list()} for
         *     another method of the class named before it; the first row to name a method wins
         * @param origins the exact origins and placeholders, space-separated, or {@code "*"} for any origin
         * @param patterns the origin patterns and placeholders, space-separated
         * @param flags {@link #CREDENTIALS}, {@link #ANY_HEADER}, {@link #PRIVATE_NETWORK}, or'ed
         * @param allowHeaders {@code Access-Control-Allow-Headers} (its names separated by {@code ", "});
         *     with {@link #ANY_HEADER}, the names allowed besides {@code "*"}; or {@code null}
         * @param exposeHeaders {@code Access-Control-Expose-Headers}, or {@code null}
         * @param maxAge {@code Access-Control-Max-Age}, or {@code null}
         */
        public Builder add(String methodKeys, String origins, String patterns, int flags, String allowHeaders,
                String exposeHeaders, String maxAge) {
            return add(PolicyRow.decode(new PolicyRow.Encoded(methodKeys, origins, patterns, flags, allowHeaders,
                    exposeHeaders, maxAge)));
        }

        private Builder add(PolicyRow row) {
            CorsPolicy.Builder policy = CorsPolicy.builder();
            if (row.anyOrigin()) {
                policy.anyOrigin();
            } else {
                policy.origins(ConfiguredOrigins.resolve(row.origins().toArray(new String[0]),
                        row.originPatterns().toArray(new String[0])));
            }
            String[] named = row.allowedHeaders().toArray(new String[0]);
            if (row.anyHeader()) {
                policy.allowAnyHeader(named);
            } else if (row.allowHeadersValue() != null) {
                policy.allowHeaders(row.allowHeadersValue(), named);
            }
            if (row.exposeHeadersValue() != null) {
                policy.exposeHeaders(row.exposeHeadersValue());
            }
            if (row.allowCredentials()) {
                policy.allowCredentials();
            }
            if (row.maxAge() >= 0) {
                policy.maxAge(Long.toString(row.maxAge()));
            }
            if (row.allowPrivateNetwork()) {
                policy.allowPrivateNetwork();
            }
            CorsPolicy built = policy.build();
            policies.add(built);
            for (String key : row.methodKeys()) {
                byMethod.putIfAbsent(key, built);
            }
            return this;
        }

        public PolicyTable build() {
            return new PolicyTable(this);
        }
    }
}
