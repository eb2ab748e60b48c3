package dev.preflight.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.preflight.testing.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit report the build wrote for the example lists every endpoint under the application path,
 * with the effective policy and where each value came from.
 */
class AuditReportTest {
    private static final List<String> PACKAGE_ORIGINS = List.of("${notes.cors.origins:https://notes.example.com, "
            + "http://localhost:8081}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> report() throws IOException {
        try (InputStream in = AuditReportTest.class.getClassLoader()
                .getResourceAsStream("META-INF/preflight/cors-policies.json")) {
            assertNotNull(in, "the build writes META-INF/preflight/cors-policies.json");
            return (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The report's endpoints, in order. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> endpoints(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("endpoints");
    }

    private static Map<String, Object> endpoint(Map<String, Object> report, String path, String method) {
        return endpoints(report).stream()
                .filter(e -> e.get("path").equals(path) && e.get("method").equals(method))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + method + " " + path));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sources(Map<String, Object> endpoint) {
        return (Map<String, Object>) endpoint.get("sources");
    }

    @Test
    void listsEveryEndpointOfTheExampleOnce() throws IOException {
        List<Map<String, Object>> entries = endpoints(report());
        List<String> endpoints = entries.stream().map(e -> e.get("method") + " " + e.get("path")).toList();
        assertEquals(List.of("GET /api/notes", "POST /api/notes", "GET /api/notes/backup",
                "DELETE /api/notes/{id: [0-9]+}", "GET /api/notes/{id: [0-9]+}", "PUT /api/notes/{id: [0-9]+}",
                "DELETE /api/session", "GET /api/session", "POST /api/session", "GET /api/stats",
                "POST /api/stats/reset"), endpoints);
        for (Map<String, Object> e : entries) {
            // methods = "GET" on StatsResource leaves its reset uncovered, and the report says so
            assertEquals(!e.get("path").equals("/api/stats/reset"), e.get("covered"), e::toString);
        }
    }

    @Test
    void pathsIncludeTheApplicationPath() throws IOException {
        Map<String, Object> report = report();
        assertEquals("/api", report.get("applicationPath"));
        assertEquals("@ApplicationPath(\"api\") of dev.preflight.example.NotesApplication", report.get("pathsRelativeTo"));
    }

    @Test
    void thePackagePolicyCoversTheNotesAndTheClassAddsItsExposedHeader() throws IOException {
        Map<String, Object> list = endpoint(report(), "/api/notes", "GET");
        assertEquals(PACKAGE_ORIGINS, list.get("origins"), list::toString);
        assertEquals(List.of("Authorization", "Content-Type"), list.get("allowedHeaders"));
        assertEquals(List.of("X-Total-Count"), list.get("exposedHeaders"));
        assertEquals(600.0, list.get("maxAge"));
        assertEquals("package dev.preflight.example", sources(list).get("origins"));
        assertEquals("class dev.preflight.example.NoteResource", sources(list).get("exposedHeaders"));
    }

    @Test
    void theMethodLevelOverrideNarrowsDeleteToTheAdminConsole() throws IOException {
        Map<String, Object> delete = endpoint(report(), "/api/notes/{id: [0-9]+}", "DELETE");
        assertEquals(List.of("https://admin.notes.example.com"), delete.get("origins"), delete::toString);
        assertEquals("method dev.preflight.example.NoteResource.delete(long)", sources(delete).get("origins"));
        assertEquals("package dev.preflight.example", sources(delete).get("allowedHeaders"));
    }

    @Test
    void credentialsOnlyOnTheSessionAndNoCachingOnStats() throws IOException {
        Map<String, Object> report = report();
        for (String method : List.of("GET", "POST", "DELETE")) {
            Map<String, Object> session = endpoint(report, "/api/session", method);
            assertEquals(true, session.get("allowCredentials"), session::toString);
            assertEquals(List.of("https://*.notes.example.com", "http://localhost:[*]"), session.get("originPatterns"));
        }
        Map<String, Object> stats = endpoint(report, "/api/stats", "GET");
        assertEquals(false, stats.get("allowCredentials"), stats::toString);
        assertEquals(-1.0, stats.get("maxAge"));
        assertEquals(List.of(), stats.get("exposedHeaders"));
    }
}
