package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The row format between the processor and the runtime: what one encodes the other decodes. */
class PolicyRowTest {
    private static final String APP = "https://app.example.com";

    private static PolicyRow row(List<String> keys, boolean anyOrigin, List<String> origins, List<String> patterns,
            boolean anyHeader, List<String> allowed, List<String> exposed, boolean credentials, long maxAge,
            boolean privateNetwork) {
        return new PolicyRow(keys, anyOrigin, origins, patterns, anyHeader, allowed, exposed, credentials, maxAge,
                privateNetwork);
    }

    @Test
    void encodesTheReadmeRowAsTheGeneratedCallWritesIt() {
        PolicyRow row = row(List.of("com.example.UserResource#list()",
                        "com.example.UserResource#update(long,com.example.User)"), false, List.of(APP), List.of(),
                false, List.of("Authorization", "Content-Type"), List.of("X-Total-Count"), true, 1800, false);
        assertEquals(new PolicyRow.Encoded("com.example.UserResource#list() #update(long,com.example.User)", APP, "",
                PolicyTable.CREDENTIALS, "Authorization, Content-Type", "X-Total-Count", "1800"), row.encode());
        assertEquals(List.of("CREDENTIALS"), row.encode().flagNames());
        assertEquals(row, PolicyRow.decode(row.encode()));
    }

    @Test
    void roundTripsEveryShapeOfRow() {
        List<PolicyRow> rows = List.of(
                row(List.of("a.A#get()", "b.B#get()", "a.A#put(java.lang.String[])", "a.A$In#x(int)"), true,
                        List.of(), List.of("https://*.example.com"), true, List.of(), List.of(), false, -1, false),
                row(List.of(), false, List.of("${cors.origins:https://a.example.com,https://b.example.com}", APP),
                        List.of("${cors.patterns}", "https://*.example.org:[*]"), true, List.of("Authorization"),
                        List.of("X-A", "X-B"), true, 0, true),
                row(List.of("c.C#get()"), false, List.of(), List.of(), false, List.of(), List.of(), false, 7200, true));
        for (PolicyRow row : rows) {
            assertEquals(row, PolicyRow.decode(row.encode()));
            assertEquals(row.encode(), PolicyRow.decode(row.encode()).encode());
        }
        PolicyRow.Encoded any = rows.get(0).encode();
        assertEquals("a.A#get() b.B#get() a.A#put(java.lang.String[]) a.A$In#x(int)", any.methodKeys());
        assertEquals("*", any.origins());
        assertEquals(0, any.flags() & PolicyTable.CREDENTIALS);
        assertEquals(List.of("ANY_HEADER"), any.flagNames());
        assertEquals(null, any.allowHeaders());
        assertEquals(null, any.maxAge());
        assertEquals(List.of("CREDENTIALS", "ANY_HEADER", "PRIVATE_NETWORK"), rows.get(1).encode().flagNames());
    }

    @Test
    void methodKeyIsWhatTheTableLooksUpAtDeployment() throws Exception {
        assertEquals(PolicyRowTest.class.getName() + PolicyTable.signature(
                        PolicyRowTest.class.getDeclaredMethod("row", List.class, boolean.class, List.class, List.class,
                                boolean.class, List.class, List.class, boolean.class, long.class, boolean.class)),
                PolicyRow.methodKey(PolicyRowTest.class.getName(), "row", List.of("java.util.List", "boolean",
                        "java.util.List", "java.util.List", "boolean", "java.util.List", "java.util.List", "boolean",
                        "long", "boolean")));
    }
}
