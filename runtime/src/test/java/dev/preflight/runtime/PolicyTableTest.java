package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows the generated {@code PreflightFeature} writes, and the deployment-time method lookup. */
class PolicyTableTest {
    private static final String APP = "https://app.example.com";
    private static final String ADMIN = "https://admin.example.com";

    // resource shapes as containers report them
    public interface Api {
        String list();
    }

    public static class Resource implements Api {
        @Override
        public String list() {
            return "";
        }

        public void update(long id, Address[] addresses) {
        }

        public void update(String id) {
        }

        public static class Address {
        }
    }

    public static class Subclass extends Resource {
    }

    @jakarta.ws.rs.Path("v2")
    public static class SubclassAtAnotherPath extends Resource {
    }

    public static class Unrelated {
        public String list() {
            return "";
        }
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static final String RESOURCE = Resource.class.getName();

    private final PolicyTable table = PolicyTable.builder(2)
            .add(RESOURCE + "#list() " + Api.class.getName() + "#list() "
                    + RESOURCE + "#update(long," + Resource.Address.class.getName() + "[])",
                    APP, "https://*.example.org", PolicyTable.CREDENTIALS, "Authorization, Content-Type",
                    "X-Total-Count", "600")
            .add(RESOURCE + "#update(java.lang.String) #list()",
                    "*", "", PolicyTable.ANY_HEADER | PolicyTable.PRIVATE_NETWORK, "Authorization", null, null)
            .build();

    @Test
    void aRowBuildsThePolicyItsValuesDescribe() {
        CorsPolicy p = table.get(0);
        assertTrue(p.allowsOrigin(APP));
        assertTrue(p.allowsOrigin("https://eu.example.org"), "the pattern");
        assertFalse(p.allowsOrigin(ADMIN));
        assertEquals(APP, p.allowOriginValue(APP));
        assertTrue(p.allowsCredentials());
        assertFalse(p.allowsPrivateNetwork());
        assertEquals("X-Total-Count", p.exposeHeaders());
        assertEquals("600", p.maxAge());
        assertEquals("Authorization, Content-Type", p.allowHeadersValue(List.of("content-type, authorization")));
        assertEquals("request header \"x-other\" is not allowed", p.refuseRequestHeaders(List.of("x-other")));
        assertEquals(2, table.size());
    }

    @Test
    void flagsAndAbsentValues() {
        CorsPolicy p = table.get(1);
        assertTrue(p.allowsOrigin(ADMIN));
        assertEquals("*", p.allowOriginValue(ADMIN), "any origin without credentials");
        assertFalse(p.allowsCredentials());
        assertTrue(p.allowsPrivateNetwork());
        assertNull(p.exposeHeaders());
        assertNull(p.maxAge());
        // any header: the requested names come back; Authorization only because it is named
        assertEquals("x-one, authorization", p.allowHeadersValue(List.of("x-one, authorization")));
        assertNull(p.refuseRequestHeaders(List.of("x-one, authorization")));
    }

    @Test
    void placeholdersAreResolvedWhenTheRowIsAdded() {
        CorsPolicy p = PolicyTable.builder(1)
                .add("", "${preflight.test.unset.origins:https://a.example.com,https://b.example.com}", "", 0, null,
                        null, null)
                .build().get(0);
        assertTrue(p.allowsOrigin("https://a.example.com"));
        assertTrue(p.allowsOrigin("https://b.example.com"));
        assertNull(p.configurationProblem());
        CorsPolicy bad = PolicyTable.builder(1).add("", "${preflight.test.unset.origins}", "", 0, null, null, null)
                .build().get(0);
        assertNotNull(bad.configurationProblem());
        assertFalse(bad.allowsOrigin(APP), "a policy that cannot be configured refuses every origin");
    }

    @Test
    void methodsAreFoundByClassNameAndErasedParameterTypes() {
        assertSame(table.get(0), table.policyFor(Resource.class, method(Resource.class, "list")));
        assertSame(table.get(0), table.policyFor(Resource.class,
                method(Resource.class, "update", long.class, Resource.Address[].class)));
        assertSame(table.get(1), table.policyFor(Resource.class, method(Resource.class, "update", String.class)),
                "an overload has its own key");
    }

    @Test
    void theFirstRowToNameAMethodWins() {
        // row 1 lists #list() too, after its class's first key
        assertSame(table.get(0), table.policyFor(Resource.class, method(Resource.class, "list")));
    }

    @Test
    void aKeyWithoutItsClassBelongsToTheClassNamedBeforeIt() {
        PolicyTable grouped = PolicyTable.builder(1)
                .add(Unrelated.class.getName() + "#list() " + RESOURCE + "#list() #update(java.lang.String)", APP, "", 0,
                        null, null, null)
                .build();
        assertSame(grouped.get(0), grouped.policyFor(Resource.class, method(Resource.class, "update", String.class)));
        assertSame(grouped.get(0), grouped.policyFor(Unrelated.class, method(Unrelated.class, "list")));
        assertNull(grouped.policyFor(Unrelated.class, method(Resource.class, "update", String.class)));
    }

    @Test
    void aSubclassThatIsAResourceOfItsOwnHasOnlyItsOwnPolicies() {
        assertNull(table.policyFor(SubclassAtAnotherPath.class, method(SubclassAtAnotherPath.class, "list")));
    }

    @Test
    void aDeployedSubclassFindsThePolicyOfTheAnnotatedClass() {
        assertSame(table.get(0), table.policyFor(Subclass.class, method(Subclass.class, "list")));
    }

    @Test
    void theInterfaceRestEasyReportsIsFoundUnderItsOwnName() {
        assertSame(table.get(0), table.policyFor(Api.class, method(Api.class, "list")));
    }

    @Test
    void otherClassesAndMethodsHaveNoPolicy() {
        assertNull(table.policyFor(Unrelated.class, method(Unrelated.class, "list")));
        assertNull(table.policyFor(Resource.class, method(Object.class, "toString")));
    }

    @Test
    void theKeyIsWhatTheProcessorWrites() {
        assertEquals("#update(long,dev.preflight.runtime.PolicyTableTest$Resource$Address[])",
                PolicyTable.signature(method(Resource.class, "update", long.class, Resource.Address[].class)));
        assertEquals("#list()", PolicyTable.signature(method(Resource.class, "list")));
    }
}
