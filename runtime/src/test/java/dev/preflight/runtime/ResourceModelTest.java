package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which resource methods, and so which policy, Jakarta REST's matching leads a request path to, over
 * resource classes read by reflection as at deployment. Each case is one way a preflight could be
 * answered with the policy of a method other than the one its request reaches.
 */
class ResourceModelTest {
    private static final String APP = "https://app.example.com";
    private static final String ADMIN = "https://admin.example.com";

    private static final CorsPolicy APP_POLICY = policy(APP);
    private static final CorsPolicy ADMIN_POLICY = policy(ADMIN);
    private static final CorsPolicy ANY_ORIGIN = policy("*");

    private static CorsPolicy policy(String origins) {
        return PolicyTable.builder(1).add("x.X#x()", origins, "", 0, null, null, null).build().get(0);
    }

    @Path("users")
    public static class Users {
        @GET public String list() { return ""; }
        @DELETE @Path("{id}") public void delete(@PathParam("id") String id) { }
        @PUT @Path("{id: [0-9]+}") public void update(@PathParam("id") long id) { }
        @Path("{id}/tasks") public Tasks tasks() { return new Tasks(); }
        @Path("{id}/anything") public Object anything() { return new Tasks(); }
    }

    /** No policy: a preflight to it must never be answered with {@link Users}'s. */
    @Path("users/admin")
    public static class Admin {
        @GET public String get() { return ""; }
        @DELETE public void delete() { }
    }

    /** A sub-resource, reached only through {@link Users#tasks()}. */
    public static class Tasks {
        @GET public String list() { return ""; }
        @DELETE @Path("{task}") public void delete(@PathParam("task") String task) { }
    }

    @Path("files")
    public static class Files {
        @PUT @Path("{path: .+}") public void put(@PathParam("path") String path) { }
    }

    @Path("files/private")
    public static class PrivateFiles {
        @PUT @Path("{name}") public void put(@PathParam("name") String name) { }
    }

    @Path("café")
    public static class Cafe {
        @GET public String get() { return ""; }
    }

    @Path("my docs")
    public static class Docs {
        @GET public String get() { return ""; }
    }

    @Path("v2/users")
    public static class UsersV2 extends Users {
    }

    /** Two templates of equal precedence on one path: which wins is the runtime's choice. */
    @Path("tie")
    public static class Tie {
        @POST @Path("{a}") public void a(@PathParam("a") String a) { }
        @POST @Path("{b: [a-z]+}") public void b(@PathParam("b") String b) { }
        @GET @Path("{c}x") public String c(@PathParam("c") String c) { return c; }
        @GET @Path("x{d}") public String d(@PathParam("d") String d) { return d; }
    }

    private final Map<String, CorsPolicy> policies = new HashMap<>();

    private ResourceModel model(Class<?>... roots) {
        return ResourceModel.of(List.of(roots), (type, method) -> policies.get(key(type, method)));
    }

    private static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "#" + method.getName();
    }

    private CorsPolicy policyFor(ResourceModel model, String path, String method) {
        return model.route(path).policyFor(method);
    }

    @Test
    void aPreflightIsJudgedByTheMethodThatItsPathReachesNotByAnotherTemplatesMethod() {
        policies.put("Users#delete", APP_POLICY);
        policies.put("Users#list", APP_POLICY);
        ResourceModel model = model(Users.class, Admin.class);
        assertSame(APP_POLICY, policyFor(model, "users/7", "DELETE"));
        assertNull(policyFor(model, "users/admin", "DELETE"), "the literal root class wins, and it has no policy");
        assertNull(policyFor(model, "/users/admin/", "DELETE"));
        assertNull(policyFor(model, "users/admin", "GET"));
        assertNull(policyFor(model, "users/7", "POST"), "no method: nothing to answer for");
        // users/admin has no sub-resources: Jersey sends users/admin/tasks on to users, RESTEasy answers 404
        policies.put("Tasks#list", ADMIN_POLICY);
        assertNull(model(Users.class, Admin.class).route("users/admin/tasks").policyFor("GET"));
        assertSame(ADMIN_POLICY, model(Users.class, Admin.class).route("users/7/tasks").policyFor("GET"));
    }

    @Test
    void aMethodThatThePolicyLeavesOutHasNone() {
        policies.put("Users#list", APP_POLICY); // "methods" named GET only: delete has no row
        ResourceModel model = model(Users.class);
        assertSame(APP_POLICY, policyFor(model, "users", "GET"));
        assertSame(APP_POLICY, policyFor(model, "users", "HEAD"), "HEAD is served by GET");
        assertNull(policyFor(model, "users/7", "DELETE"));
    }

    @Test
    void eachMethodGoesToTheFirstMatchingTemplateThatDeclaresIt() {
        policies.put("Users#update", APP_POLICY);
        policies.put("Users#delete", ADMIN_POLICY);
        ResourceModel model = model(Users.class);
        // users/{id: [0-9]+} goes first (a regex parameter), but declares only PUT: DELETE goes on to {id},
        // as Jersey and RESTEasy dispatch it
        assertSame(APP_POLICY, policyFor(model, "users/7", "PUT"));
        assertSame(ADMIN_POLICY, policyFor(model, "users/7", "DELETE"));
        assertSame(ADMIN_POLICY, policyFor(model, "users/me", "DELETE"));
        assertNull(policyFor(model, "users/me", "PUT"));
        assertEquals("PUT", model.route("users/7").allowMethods(APP));
        assertEquals("DELETE", model.route("users/7").allowMethods(ADMIN));
    }

    @Test
    void matrixParametersAreIgnoredAsTheRuntimesIgnoreThem() {
        policies.put("Files#put", ANY_ORIGIN);
        policies.put("PrivateFiles#put", ADMIN_POLICY);
        ResourceModel model = model(Files.class, PrivateFiles.class);
        assertSame(ADMIN_POLICY, policyFor(model, "files/private;x=1/x", "PUT"));
        assertSame(ADMIN_POLICY, policyFor(model, "files/private/x;y=2", "PUT"));
        assertSame(ANY_ORIGIN, policyFor(model, "files/public/x", "PUT"));
        // files/private has a sub-resource method, so it takes every path under it: no going back to files
        assertNull(policyFor(model, "files/private/a/b", "PUT"));
    }

    @Test
    void subResourceLocatorsLeadToTheirDeclaredClassOrToNothingKnown() {
        policies.put("Users#list", APP_POLICY);
        policies.put("Tasks#delete", ADMIN_POLICY);
        ResourceModel model = model(Users.class);
        assertSame(ADMIN_POLICY, policyFor(model, "users/7/tasks/3", "DELETE"));
        assertNull(policyFor(model, "users/7/tasks", "GET"), "the target's own GET has no policy");
        assertNull(policyFor(model, "users/7/anything/3", "DELETE"), "a target known only at run time");
    }

    @Test
    void literalTextIsMatchedDecodedAndAsBrowsersEncodeIt() {
        policies.put("Cafe#get", APP_POLICY);
        policies.put("Docs#get", ADMIN_POLICY);
        ResourceModel model = model(Cafe.class, Docs.class);
        assertSame(APP_POLICY, policyFor(model, "caf%C3%A9", "GET"));
        assertSame(ADMIN_POLICY, policyFor(model, "/my%20docs", "GET"));
        assertNull(policyFor(model, "caf%E9", "GET"), "not UTF-8");
    }

    @Test
    void quarkusRestNeverDecodesNonAsciiEscapesSoNoLiteralTemplateAnswersThem() {
        policies.put("Cafe#get", APP_POLICY);
        policies.put("Docs#get", ADMIN_POLICY);
        policies.put("Users#delete", APP_POLICY);
        ResourceModel model = ResourceModel.forQuarkusRest(List.of(Cafe.class, Docs.class, Users.class),
                (type, method) -> policies.get(key(type, method)));
        assertNull(policyFor(model, "caf%C3%A9", "GET"), "Quarkus REST dispatches it to a parameter template, or none");
        assertNull(policyFor(model, "caf%c3%a9", "GET"));
        assertNull(policyFor(model, "users/%C3%A9", "DELETE"), "any such path is left alone, a parameter's too");
        assertSame(ADMIN_POLICY, policyFor(model, "/my%20docs", "GET"), "escapes of ASCII are read as elsewhere");
        assertSame(APP_POLICY, policyFor(model, "users/7", "DELETE"));
    }

    @Test
    void aSubclassAtAnotherPathIsReadAtItsOwnPath() {
        policies.put("UsersV2#list", ADMIN_POLICY);
        ResourceModel model = model(Users.class, UsersV2.class);
        assertSame(ADMIN_POLICY, policyFor(model, "v2/users", "GET"));
        assertNull(policyFor(model, "users", "GET"));
    }

    @Test
    void pathsThatARuntimeMayReadOtherwiseAreAnsweredByNoPolicy() {
        policies.put("Users#delete", APP_POLICY);
        ResourceModel model = model(Users.class, Admin.class);
        assertSame(APP_POLICY, policyFor(model, "users/x", "DELETE"));
        for (String path : List.of("users/admin%2Fx", "users/..%2Fadmin", "users/x/..", "users/./x", "users//x",
                "users/a\\b", "users/x/;y=1", "users/%zz", "users/%", "users/a%25b", "users/%3Bx", "users/\u00e9")) {
            assertNull(policyFor(model, path, "DELETE"), path);
        }
        // an encoded ordinary character reads the same both ways: %61dmin is "admin" decoded, but the
        // literal "admin" does not match "%61dmin" as sent, where {id} does: the readings disagree
        assertNull(policyFor(model, "users/%61dmin", "DELETE"));
        assertSame(APP_POLICY, policyFor(model, "users/%62ob", "DELETE"));
    }

    @Test
    void templatesOfEqualPrecedenceAnswerOnlyWhereTheyAgree() {
        policies.put("Tie#a", ADMIN_POLICY);
        policies.put("Tie#b", APP_POLICY);
        policies.put("Tie#c", APP_POLICY);
        policies.put("Tie#d", ADMIN_POLICY);
        ResourceModel model = model(Tie.class);
        assertSame(APP_POLICY, policyFor(model, "tie/abc", "POST"), "a regex parameter goes first");
        assertSame(ADMIN_POLICY, policyFor(model, "tie/ABC", "POST"));
        assertSame(APP_POLICY, policyFor(model, "tie/bx", "GET"));
        assertSame(ADMIN_POLICY, policyFor(model, "tie/xb", "GET"));
        assertNull(policyFor(model, "tie/xax", "GET"), "{c}x and x{d} both match, with equal precedence");
    }

    @Test
    void allowMethodsListsTheMethodsOfTheRouteWhosePolicyAllowsTheOrigin() {
        policies.put("Users#update", APP_POLICY);
        ResourceModel model = model(Users.class);
        assertEquals("PUT", model.route("users/7").allowMethods(APP));
        assertEquals("", model.route("users/7").allowMethods(ADMIN));
    }
}
