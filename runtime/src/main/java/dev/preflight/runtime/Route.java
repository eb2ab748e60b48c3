package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resource methods Jakarta REST chooses among once a request path is matched (one class's
 * resource methods, or the sub-resource methods that share one path template), with the policy each
 * HTTP method is judged by. Built at deployment from what the application deploys; immutable.
 *
 * <p>An HTTP method has a policy only when every resource method that may serve it has that same
 * policy: methods that differ only in the media types they consume or produce are chosen between by
 * headers a preflight does not carry, so if one of them has another policy or none, none applies.
 */
final class Route {
    /** No resource method, or none that can be known: nothing is answered. */
    static final Route NONE = new Route("(no resource method)", new String[0], new CorsPolicy[0]);

    /** Methods in the order {@code Access-Control-Allow-Methods} lists them; others follow by name. */
    private static final List<String> METHOD_ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    /** Combinations remembered per route, however many paths an attacker tries. */
    private static final int MAX_REMEMBERED = 64;

    /** Above this many distinct policies on one route, Allow-Methods is joined per request. */
    private static final int MAX_PRECOMPUTED_POLICIES = 6;

    private final String name;
    /** The distinct HTTP methods declared, in the order first declared. */
    private final String[] methods;
    /** Per element of {@link #methods}: the one policy that judges it, or {@code null}. */
    private final CorsPolicy[] policyOf;
    /** The distinct non-null policies of {@link #policyOf}. */
    private final CorsPolicy[] policies;
    /** {@code Access-Control-Allow-Methods}, indexed by the bit set of {@link #policies} that allow an origin. */
    private final String[] allowMethods;
    /**
     * Routes combined with this one before, by the other route: a path table has few combinations, so
     * after the first request of each no preflight builds one.
     */
    private final Map<Route, Route> agreeingWith = new ConcurrentHashMap<>();
    private final Map<Route, Route> thenDeclaring = new ConcurrentHashMap<>();

    private Route(String name, String[] methods, CorsPolicy[] policyOf) {
        this(name, methods, policyOf, true);
    }

    /** With {@code precompute} false (a route combined per request), Allow-Methods is joined when asked. */
    private Route(String name, String[] methods, CorsPolicy[] policyOf, boolean precompute) {
        this.name = name;
        this.methods = methods;
        this.policyOf = policyOf;
        List<CorsPolicy> distinct = new ArrayList<>();
        for (CorsPolicy policy : policyOf) {
            if (policy != null && !distinct.contains(policy)) {
                distinct.add(policy);
            }
        }
        this.policies = distinct.toArray(new CorsPolicy[0]);
        if (precompute && policies.length <= MAX_PRECOMPUTED_POLICIES) {
            allowMethods = new String[1 << policies.length];
            for (int set = 0; set < allowMethods.length; set++) {
                allowMethods[set] = join(set);
            }
        } else {
            allowMethods = null;
        }
    }

    /**
     * A route of the resource methods {@code declared}, each an HTTP method and its policy or
     * {@code null} for none; an HTTP method declared twice keeps a policy only if both have the same.
     */
    static Route of(String name, List<Declared> declared) {
        List<Declared> sorted = new ArrayList<>(declared);
        sorted.sort(java.util.Comparator.comparingInt((Declared d) -> methodRank(d.httpMethod()))
                .thenComparing(Declared::httpMethod));
        List<String> methods = new ArrayList<>();
        List<CorsPolicy> policyOf = new ArrayList<>();
        for (Declared d : sorted) {
            int i = methods.indexOf(d.httpMethod());
            if (i < 0) {
                methods.add(d.httpMethod());
                policyOf.add(d.policy());
            } else if (policyOf.get(i) != d.policy()) {
                policyOf.set(i, null);
            }
        }
        return methods.isEmpty() ? NONE
                : new Route(name, methods.toArray(new String[0]), policyOf.toArray(new CorsPolicy[0]));
    }

    /**
     * What two readings of one request agree on: a method keeps its policy only if both routes judge
     * it by the same one. Used where the runtime's choice cannot be told apart (two templates of equal
     * precedence, a path that matches differently decoded and as sent).
     */
    static Route agreeing(Route a, Route b) {
        if (a == b) {
            return a;
        }
        Route known = a.agreeingWith.get(b);
        return known != null ? known : remember(a.agreeingWith, b, combineAgreeing(a, b));
    }

    private static Route combineAgreeing(Route a, Route b) {
        List<String> methods = new ArrayList<>();
        List<CorsPolicy> policyOf = new ArrayList<>();
        for (Route route : List.of(a, b)) {
            for (String method : route.methods) {
                if (!methods.contains(method)) {
                    CorsPolicy policy = a.policyFor(method);
                    methods.add(method);
                    policyOf.add(policy == b.policyFor(method) ? policy : null);
                }
            }
        }
        return new Route(a.name + " or " + b.name, methods.toArray(new String[0]), policyOf.toArray(new CorsPolicy[0]),
                false);
    }

    /**
     * Sub-resource methods of one class whose templates all match a path, in precedence order: each
     * HTTP method is dispatched to the first that declares it (as Jersey and RESTEasy do), so it keeps
     * that one's policy.
     */
    static Route firstDeclaring(Route first, Route then) {
        Route known = first.thenDeclaring.get(then);
        return known != null ? known : remember(first.thenDeclaring, then, combineFirstDeclaring(first, then));
    }

    private static Route remember(Map<Route, Route> combinations, Route other, Route combined) {
        if (combinations.size() < MAX_REMEMBERED) {
            combinations.putIfAbsent(other, combined);
        }
        return combined;
    }

    private static Route combineFirstDeclaring(Route first, Route then) {
        List<String> methods = new ArrayList<>(List.of(first.methods));
        List<CorsPolicy> policyOf = new ArrayList<>(java.util.Arrays.asList(first.policyOf)); // null: uncovered
        for (int i = 0; i < then.methods.length; i++) {
            if (!methods.contains(then.methods[i])) {
                methods.add(then.methods[i]);
                policyOf.add(then.policyOf[i]);
            }
        }
        return new Route(first.name + " then " + then.name, methods.toArray(new String[0]),
                policyOf.toArray(new CorsPolicy[0]), false);
    }

    /**
     * The policy that judges {@code method} here, or {@code null}: none declared, not covered, or not
     * the same for every resource method that may serve it. {@code HEAD} is served by {@code GET} when
     * no resource method declares it, as in Jakarta REST.
     */
    CorsPolicy policyFor(String method) {
        for (int i = 0; i < methods.length; i++) {
            if (methods[i].equals(method)) {
                return policyOf[i];
            }
        }
        return method.equals("HEAD") ? policyFor("GET") : null;
    }

    /** {@code Access-Control-Allow-Methods} for an allowed origin: the methods whose policy allows it. */
    String allowMethods(String origin) {
        if (allowMethods == null) {
            StringBuilder value = new StringBuilder();
            for (int i = 0; i < methods.length; i++) {
                if (policyOf[i] != null && policyOf[i].allowsOrigin(origin)) {
                    value.append(value.length() == 0 ? "" : ", ").append(methods[i]);
                }
            }
            return value.toString();
        }
        int set = 0;
        for (int i = 0; i < policies.length; i++) {
            if (policies[i].allowsOrigin(origin)) {
                set |= 1 << i;
            }
        }
        return allowMethods[set];
    }

    /** The distinct policies of this route. */
    List<CorsPolicy> policies() {
        return List.of(policies);
    }

    private String join(int set) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < methods.length; i++) {
            CorsPolicy policy = policyOf[i];
            int index = policy == null ? -1 : indexOf(policy);
            if (index >= 0 && (set & (1 << index)) != 0) {
                value.append(value.length() == 0 ? "" : ", ").append(methods[i]);
            }
        }
        return value.toString();
    }

    private int indexOf(CorsPolicy policy) {
        for (int i = 0; i < policies.length; i++) {
            if (policies[i] == policy) {
                return i;
            }
        }
        return -1;
    }

    private static int methodRank(String method) {
        int rank = METHOD_ORDER.indexOf(method);
        return rank < 0 ? METHOD_ORDER.size() : rank;
    }

    @Override
    public String toString() {
        return name;
    }

    /** One resource method as a route sees it: its HTTP method and its policy, or {@code null}. */
    record Declared(String httpMethod, CorsPolicy policy) {
    }
}
