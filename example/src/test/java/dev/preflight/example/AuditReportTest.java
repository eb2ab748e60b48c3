package dev.preflight.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The audit report the build wrote for the example lists every endpoint under the application path,
 * with the effective policy and where each value came from.
 */
class AuditReportTest {
    private static final String PACKAGE_ORIGINS = "\"origins\": [\"${notes.cors.origins:https://notes.example.com, "
            + "http://localhost:8081}\"]";

    private static String report() throws IOException {
        try (InputStream in = AuditReportTest.class.getClassLoader()
                .getResourceAsStream("META-INF/preflight/cors-policies.json")) {
            assertNotNull(in, "the build writes META-INF/preflight/cors-policies.json");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The report's entries, each as its JSON text, in order. */
    private static List<String> entries(String report) {
        List<String> entries = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\n      \"path\".*?\\n    \\}", Pattern.DOTALL).matcher(report);
        while (m.find()) {
            entries.add(m.group());
        }
        return entries;
    }

    private static String entry(List<String> entries, String path, String method) {
        String key = "\"path\": \"" + path + "\",\n      \"method\": \"" + method + "\"";
        return entries.stream().filter(e -> e.contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + method + " " + path));
    }

    @Test
    void listsEveryEndpointOfTheExampleOnce() throws IOException {
        List<String> entries = entries(report());
        List<String> endpoints = new ArrayList<>();
        for (String e : entries) {
            Matcher m = Pattern.compile("\"path\": \"([^\"]*)\",\\n      \"method\": \"([A-Z]+)\"").matcher(e);
            assertTrue(m.find(), e);
            endpoints.add(m.group(2) + " " + m.group(1));
        }
        assertEquals(List.of("GET /api/notes", "POST /api/notes", "GET /api/notes/backup",
                "DELETE /api/notes/{id: [0-9]+}", "GET /api/notes/{id: [0-9]+}", "PUT /api/notes/{id: [0-9]+}",
                "DELETE /api/session", "GET /api/session", "POST /api/session", "GET /api/stats",
                "POST /api/stats/reset"), endpoints);
        for (String e : entries) {
            // methods = "GET" on StatsResource leaves its reset uncovered, and the report says so
            assertTrue(e.contains("\"covered\": " + !e.contains("/api/stats/reset")), e);
        }
    }

    @Test
    void pathsIncludeTheApplicationPath() throws IOException {
        String report = report();
        assertTrue(report.contains("\"applicationPath\": \"/api\",\n  \"pathsRelativeTo\": "
                + "\"@ApplicationPath(\\\"api\\\") of dev.preflight.example.NotesApplication\""), report);
    }

    @Test
    void thePackagePolicyCoversTheNotesAndTheClassAddsItsExposedHeader() throws IOException {
        String list = entry(entries(report()), "/api/notes", "GET");
        assertTrue(list.contains(PACKAGE_ORIGINS), list);
        assertTrue(list.contains("\"allowedHeaders\": [\"Authorization\", \"Content-Type\"]"), list);
        assertTrue(list.contains("\"exposedHeaders\": [\"X-Total-Count\"]"), list);
        assertTrue(list.contains("\"maxAge\": 600"), list);
        assertTrue(list.contains("\"origins\": \"package dev.preflight.example\""), list);
        assertTrue(list.contains("\"exposedHeaders\": \"class dev.preflight.example.NoteResource\""), list);
    }

    @Test
    void theMethodLevelOverrideNarrowsDeleteToTheAdminConsole() throws IOException {
        String delete = entry(entries(report()), "/api/notes/{id: [0-9]+}", "DELETE");
        assertTrue(delete.contains("\"origins\": [\"https://admin.notes.example.com\"]"), delete);
        assertTrue(delete.contains("\"origins\": \"method dev.preflight.example.NoteResource.delete(long)\""), delete);
        assertTrue(delete.contains("\"allowedHeaders\": \"package dev.preflight.example\""), delete);
    }

    @Test
    void credentialsOnlyOnTheSessionAndNoCachingOnStats() throws IOException {
        List<String> entries = entries(report());
        for (String method : List.of("GET", "POST", "DELETE")) {
            String session = entry(entries, "/api/session", method);
            assertTrue(session.contains("\"allowCredentials\": true"), session);
            assertTrue(session.contains("\"originPatterns\": [\"https://*.notes.example.com\", \"http://localhost:[*]\"]"),
                    session);
        }
        String stats = entry(entries, "/api/stats", "GET");
        assertTrue(stats.contains("\"allowCredentials\": false"), stats);
        assertTrue(stats.contains("\"maxAge\": -1"), stats);
        assertTrue(stats.contains("\"exposedHeaders\": []"), stats);
    }
}
