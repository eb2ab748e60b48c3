package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreflightRoutesTest {
    private static final String APP = "https://app.example.com";
    private static final String ADMIN = "https://admin.example.com";

    private static CorsPolicy allowing(String... origins) {
        java.util.Set<String> set = java.util.Set.of(origins);
        return CorsPolicy.builder().origins(set::contains).build();
    }

    private final CorsPolicy app = allowing(APP);
    private final CorsPolicy admin = allowing(APP, ADMIN);

    private static PreflightRoute single(PreflightRoute.Builder b, CorsPolicy policy, String allow, String... methods) {
        for (String m : methods) {
            b.method(m, policy);
        }
        return b.allowMethods("", allow).build();
    }

    // ---- normalize ----

    @Test
    void normalizeDropsTheLeadingSlashAndOneTrailingSlash() {
        assertEquals("users", PreflightRoutes.normalize("/users"));
        assertEquals("users", PreflightRoutes.normalize("users/"));
        assertEquals("users", PreflightRoutes.normalize("/users/"));
        assertEquals("users/me", PreflightRoutes.normalize("/users/me/"));
        assertEquals("", PreflightRoutes.normalize("/"));
        assertEquals("", PreflightRoutes.normalize(""));
        assertEquals("/users/", PreflightRoutes.normalize("//users//"), "only one slash at each end");
        String already = "users/me";
        assertSame(already, PreflightRoutes.normalize(already), "no copy when nothing changes");
    }

    // ---- literal routes ----

    @Test
    void literalRoutesMatchWithOrWithoutSlashes() {
        PreflightRoute users = single(PreflightRoute.literal("users"), app, "GET, POST", "GET", "POST");
        PreflightRoutes routes = PreflightRoutes.of(users);
        assertSame(users, routes.match("users", "GET"));
        assertSame(users, routes.match("/users", "POST"));
        assertSame(users, routes.match("users/", "GET"));
        assertSame(users, routes.match("/users/", "GET"));
        assertNull(routes.match("/Users", "GET"), "paths compare case-sensitively");
        assertNull(routes.match("/users/x", "GET"));
        assertNull(routes.match("/user", "GET"));
        assertNull(routes.match("/", "GET"));
        assertEquals("users", users.literal());
        assertEquals("users", users.toString());
    }

    @Test
    void aMatchingRouteIsReturnedEvenForAnUndeclaredMethodSoItsPolicyRefusesIt() {
        PreflightRoute users = single(PreflightRoute.literal("users"), app, "GET", "GET");
        PreflightRoutes routes = PreflightRoutes.of(users);
        PreflightRoute route = routes.match("/users", "DELETE");
        assertSame(users, route);
        assertNull(route.policyFor("DELETE"));
    }

    @Test
    void rootPath() {
        PreflightRoute root = single(PreflightRoute.literal(""), app, "GET", "GET");
        PreflightRoutes routes = PreflightRoutes.of(root);
        assertSame(root, routes.match("/", "GET"));
        assertSame(root, routes.match("", "GET"));
    }

    @Test
    void theFirstOfTwoIdenticalLiteralsWins() {
        PreflightRoute first = single(PreflightRoute.literal("x"), app, "GET", "GET");
        PreflightRoute second = single(PreflightRoute.literal("x"), admin, "GET", "GET");
        assertSame(first, PreflightRoutes.of(first, second).match("/x", "GET"));
    }

    @Test
    void routesAreCopied() {
        PreflightRoute a = single(PreflightRoute.template("a/{x}", "a/([^/]+)"), app, "GET", "GET");
        PreflightRoute b = single(PreflightRoute.template("b/{x}", "b/([^/]+)"), app, "GET", "GET");
        PreflightRoute[] array = {a};
        PreflightRoutes routes = PreflightRoutes.of(array);
        array[0] = b;
        assertSame(a, routes.match("a/1", "GET"));
        assertNull(routes.match("b/1", "GET"));
    }

    // ---- templates ----

    @Test
    void templatesMatchTheirWholeRegex() {
        PreflightRoute byId = single(PreflightRoute.template("users/{id: [0-9]+}", "users/([0-9]+)"), app,
                "GET, PUT", "GET", "PUT");
        PreflightRoutes routes = PreflightRoutes.of(byId);
        assertNull(byId.literal());
        assertEquals("users/{id: [0-9]+}", byId.toString());
        assertSame(byId, routes.match("/users/42", "PUT"));
        assertSame(byId, routes.match("users/42/", "GET"));
        assertNull(routes.match("/users/42x", "GET"), "the regex must match the whole path");
        assertNull(routes.match("/users/", "GET"));
        assertNull(routes.match("/users/42/orders", "GET"));
        assertNull(routes.match("/xusers/42", "GET"));
    }

    @Test
    void aLiteralIsPreferredOverATemplateWhenItDeclaresTheMethod() {
        PreflightRoute me = single(PreflightRoute.literal("users/me"), app, "GET", "GET");
        PreflightRoute byId = single(PreflightRoute.template("users/{id}", "users/([^/]+)"), admin,
                "GET, DELETE", "GET", "DELETE");
        PreflightRoutes routes = PreflightRoutes.of(me, byId);
        assertSame(me, routes.match("/users/me", "GET"));
        assertSame(byId, routes.match("/users/me", "DELETE"), "falls back to a later route that declares the method");
        assertSame(me, routes.match("/users/me", "PUT"), "when none declares it, the first that matches");
        assertSame(byId, routes.match("/users/42", "GET"));
        assertSame(byId, routes.match("/users/42", "PUT"));
    }

    @Test
    void templatesAreTriedInTheGivenPrecedenceOrder() {
        PreflightRoute numeric = single(PreflightRoute.template("users/{id: [0-9]+}", "users/([0-9]+)"), app,
                "PUT", "PUT");
        PreflightRoute any = single(PreflightRoute.template("users/{name}", "users/([^/]+)"), admin,
                "GET, DELETE", "GET", "DELETE");
        PreflightRoutes routes = PreflightRoutes.of(numeric, any);
        assertSame(numeric, routes.match("users/42", "PUT"));
        assertSame(any, routes.match("users/42", "GET"));
        assertSame(any, routes.match("users/42", "DELETE"));
        assertSame(numeric, routes.match("users/42", "PATCH"), "none declares PATCH: the first that matches");
        assertSame(any, routes.match("users/bob", "PUT"), "the only match, even though it refuses PUT");
        assertNull(routes.match("users/bob", "PUT").policyFor("PUT"));
        assertNull(routes.match("orders/1", "GET"));

        PreflightRoutes reversed = PreflightRoutes.of(any, numeric);
        assertSame(any, reversed.match("users/42", "PATCH"));
        assertSame(numeric, reversed.match("users/42", "PUT"));
    }

    @Test
    void headFallsBackToGet() {
        PreflightRoute users = single(PreflightRoute.literal("users"), app, "GET", "GET");
        PreflightRoutes routes = PreflightRoutes.of(users);
        assertSame(users, routes.match("/users", "HEAD"));
        assertSame(app, users.policyFor("HEAD"));
        assertSame(app, users.policyFor("GET"));

        PreflightRoute noGet = single(PreflightRoute.literal("things"), app, "POST", "POST");
        assertNull(noGet.policyFor("HEAD"));
    }

    @Test
    void anExplicitHeadMethodKeepsItsOwnPolicy() {
        PreflightRoute r = PreflightRoute.literal("files").method("GET", app).method("HEAD", admin)
                .allowMethods("", "GET", "HEAD", "GET, HEAD").build();
        assertSame(admin, r.policyFor("HEAD"));
        assertSame(app, r.policyFor("GET"));
    }

    @Test
    void headFallbackAlsoSelectsATemplateThatDeclaresGet() {
        PreflightRoute me = single(PreflightRoute.literal("users/me"), app, "DELETE", "DELETE");
        PreflightRoute byId = single(PreflightRoute.template("users/{id}", "users/([^/]+)"), admin, "GET", "GET");
        PreflightRoutes routes = PreflightRoutes.of(me, byId);
        assertSame(byId, routes.match("users/me", "HEAD"));
    }

    @Test
    void methodsCompareCaseSensitively() {
        PreflightRoute r = single(PreflightRoute.literal("users"), app, "GET, PATCH", "GET", "PATCH");
        assertSame(app, r.policyFor("PATCH"));
        assertNull(r.policyFor("patch"));
        assertNull(r.policyFor("get"));
        assertNull(r.policyFor("head"));
        assertNull(r.policyFor(""));
    }

    // ---- Access-Control-Allow-Methods bit sets ----

    @Test
    void allowMethodsIsIndexedByTheSetOfPoliciesThatAllowTheOrigin() {
        // GET, HEAD and PUT share one policy (bit 0); DELETE has another (bit 1)
        PreflightRoute r = PreflightRoute.template("users/{id}", "users/([^/]+)")
                .method("GET", app).method("HEAD", app).method("PUT", app).method("DELETE", admin)
                .allowMethods("", "GET, HEAD, PUT", "DELETE", "GET, HEAD, PUT, DELETE")
                .build();
        assertEquals("GET, HEAD, PUT, DELETE", r.allowMethods(APP));
        assertEquals("DELETE", r.allowMethods(ADMIN));
        assertEquals("", r.allowMethods("https://evil.example.com"));
        assertSame(app, r.policyFor("PUT"));
        assertSame(admin, r.policyFor("DELETE"));
    }

    @Test
    void bitsFollowTheOrderPoliciesWereFirstSeen() {
        PreflightRoute r = PreflightRoute.literal("x")
                .method("DELETE", admin).method("GET", app)
                .allowMethods("", "DELETE", "GET", "GET, DELETE")
                .build();
        assertEquals("GET, DELETE", r.allowMethods(APP));
        assertEquals("DELETE", r.allowMethods(ADMIN));
    }

    @Test
    void policiesAreDistinguishedByIdentity() {
        CorsPolicy twin = allowing(APP);
        PreflightRoute r = PreflightRoute.literal("x").method("GET", app).method("PUT", twin)
                .allowMethods("", "GET", "PUT", "GET, PUT").build();
        assertEquals("GET, PUT", r.allowMethods(APP));
        assertThrows(IllegalStateException.class,
                () -> PreflightRoute.literal("x").method("GET", app).method("PUT", twin).allowMethods("", "GET, PUT")
                        .build(), "two distinct policies need four values");
    }

    @Test
    void allowMethodsMustCoverEverySet() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PreflightRoute.literal("x").method("GET", app).method("DELETE", admin)
                        .allowMethods("", "GET").build());
        assertTrue(e.getMessage().contains("needs 4"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> PreflightRoute.literal("x").method("GET", app).build());
        PreflightRoute empty = PreflightRoute.literal("x").allowMethods("").build();
        assertEquals("", empty.allowMethods(APP));
        assertNull(empty.policyFor("GET"));
    }

    @Test
    void allowMethodsValuesAreCopied() {
        String[] values = {"", "GET"};
        PreflightRoute r = PreflightRoute.literal("x").method("GET", app).allowMethods(values).build();
        values[1] = "GET, DELETE";
        assertEquals("GET", r.allowMethods(APP));
    }

    @Test
    void aTemplateNeedsAName() {
        assertThrows(NullPointerException.class, () -> PreflightRoute.literal(null));
        assertThrows(NullPointerException.class, () -> PreflightRoute.template(null, "x"));
    }
}
