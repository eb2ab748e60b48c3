package dev.preflight.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One build of the example serves the origins its environment names: the demo started in a JVM
 * of its own, once with {@code NOTES_CORS_ORIGINS=http://localhost:3000}, once without.
 */
class OriginsFromEnvironmentTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Starts {@link NotesServer} on free ports with {@code environment}; returns the API base. */
    private static Process start(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dport=0", "-Dfrontend.port=0", NotesServer.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("NOTES_CORS_ORIGINS");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static URI apiBase(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            int at = line.indexOf("http://127.0.0.1:");
            if (line.startsWith("Notes API on") && at >= 0) {
                return URI.create(line.substring(at) + "/");
            }
        }
        throw new AssertionError("the example did not start");
    }

    private static HttpResponse<Void> preflight(URI api, String origin) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(api.resolve("notes"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Test
    void theEnvironmentDecidesWhichFrontEndMayCall() throws Exception {
        Process development = start(Map.of("NOTES_CORS_ORIGINS", "http://localhost:3000"));
        try {
            URI api = apiBase(development);
            HttpResponse<Void> allowed = preflight(api, "http://localhost:3000");
            assertEquals(204, allowed.statusCode());
            assertEquals("http://localhost:3000", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            HttpResponse<Void> production = preflight(api, "https://notes.example.com");
            assertEquals(403, production.statusCode(), "only what the environment names");
            assertNull(production.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            stop(development);
        }

        Process defaults = start(Map.of());
        try {
            URI api = apiBase(defaults);
            HttpResponse<Void> production = preflight(api, "https://notes.example.com");
            assertEquals(204, production.statusCode(), "the placeholder's default without configuration");
            assertEquals(403, preflight(api, "http://localhost:3000").statusCode());
            assertTrue(production.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        } finally {
            stop(defaults);
        }
    }
}
