package dev.preflight.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo page, in headless Chromium, against the example API on one runtime. Each test asserts what
 * the page's script saw. The page runs every call once from each of three origins (see
 * {@link Chromium}); the tests then read the outcomes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Chromium.Shared.class)
abstract class BrowserScenarios {
    /** What {@code fetch} rejects with when the browser's CORS check fails. */
    private static final String CORS_ERROR = "TypeError: Failed to fetch";
    /** Browsers reuse a preflight for 5 seconds even without {@code Access-Control-Max-Age}. */
    private static final long DEFAULT_PREFLIGHT_CACHE_MILLIS = 5_000;

    private Chromium chromium;
    private ApiServer api;
    private Map<String, Map<String, Object>> fromApp;
    private Map<String, Map<String, Object>> fromPatternOnlyOrigin;
    private Map<String, Map<String, Object>> fromDisallowedOrigin;
    private int preflightsOfUpdate;
    private int preflightsOfNotes;

    /** {@code jersey} or {@code resteasy}. */
    abstract String runtime();

    @BeforeAll
    void runDemoFromEveryOrigin(Chromium browser) throws Exception {
        chromium = browser;
        PreflightCounter.reset();
        chromium.clearCookies();
        api = ApiServer.start(runtime(), new CountingNotesApplication(), 0);
        fromApp = chromium.runDemo(api.base());
        preflightsOfUpdate = PreflightCounter.count("notes/1");
        preflightsOfNotes = PreflightCounter.count("notes");
        chromium.screenshot(Path.of("target", "demo-" + runtime() + ".png"));
        fromPatternOnlyOrigin = chromium.runDemoInNewTab(chromium.patternOnlyOrigin(), api.base());
        fromDisallowedOrigin = chromium.runDemoInNewTab(chromium.disallowedOrigin(), api.base());
    }

    @AfterAll
    void stopApi() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void simpleGetSucceedsFromAnAllowedOriginAndFailsFromAnother() {
        assertStatus(200, fromApp.get("list"));
        assertTrue(body(fromApp.get("list")).startsWith("[{\"id\":1,"), () -> body(fromApp.get("list")));
        assertCorsError(fromDisallowedOrigin.get("list"));
        // the exact origins of NoteResource do not include localhost on another port
        assertCorsError(fromPatternOnlyOrigin.get("list"));
    }

    @Test
    void originPatternsAllowAnyLocalhostPortButNot127001() {
        assertStatus(200, fromPatternOnlyOrigin.get("stats"));
        assertStatus(200, fromPatternOnlyOrigin.get("login"));
        assertCorsError(fromDisallowedOrigin.get("stats"));
        assertCorsError(fromDisallowedOrigin.get("login"));
    }

    @Test
    void putWithAuthorizationAndJsonIsPreflightedAndSucceeds() {
        assertStatus(200, fromApp.get("update"));
        assertEquals("{\"id\":1,\"text\":\"Buy oat milk\"}", body(fromApp.get("update")));
        assertStatus(201, fromApp.get("create"));
        // one preflight for PUT /notes/1 (the 401 call after it reused it); one for POST /notes and one
        // refused for the header not allowed
        assertEquals(1, preflightsOfUpdate);
        assertEquals(2, preflightsOfNotes);
    }

    @Test
    void aHeaderThePolicyDoesNotAllowFails() {
        assertCorsError(fromApp.get("header-not-allowed"));
    }

    @Test
    void theMethodLevelPolicyOverridesTheOrigins() {
        assertCorsError(fromApp.get("delete-override"));
        assertStatus(200, fromApp.get("update"));
    }

    @Test
    void aMethodThePolicyLeavesOutIsNeverReachedFromAnotherOrigin() throws Exception {
        assertCorsError(fromApp.get("stats-reset"));
        assertCorsError(fromPatternOnlyOrigin.get("stats-reset"));
        assertTrue(PreflightCounter.count("stats/reset") > 0, "the browser asked, and the application answered");
        HttpResponse<String> stats = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(api.base().toString().replaceFirst("/$", "") + "/stats")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(stats.body().endsWith(",\"resets\":0}"), stats::body);
    }

    @Test
    void credentialsSendTheCookieWhereAllowedAndFailElsewhere() {
        assertStatus(200, fromApp.get("login"));
        // only a request that carried the session cookie gets the user back
        assertStatus(200, fromApp.get("session"));
        assertEquals("{\"user\":\"ada\"}", body(fromApp.get("session")));
        assertCorsError(fromApp.get("stats-credentials"));
    }

    @Test
    void xTotalCountIsReadableOnlyWhereExposed() {
        Map<String, Object> list = fromApp.get("list");
        long notes = body(list).chars().filter(c -> c == '{').count();
        assertEquals(String.valueOf(notes), list.get("totalCount"));
        Map<String, Object> stats = fromApp.get("stats");
        assertStatus(200, stats);
        assertTrue(body(stats).startsWith("{\"notes\":"), () -> body(stats));
        assertNull(stats.get("totalCount"), "StatsResource sends X-Total-Count but does not expose it");
    }

    @Test
    void errorResponsesAreReadable() {
        assertStatus(401, fromApp.get("unauthorized"));
        assertEquals("{\"error\":\"send Authorization: Bearer demo-token\"}", body(fromApp.get("unauthorized")));
        assertStatus(404, fromApp.get("missing"));
        assertEquals("{\"error\":\"no note 999\"}", body(fromApp.get("missing")));
        assertStatus(500, fromApp.get("failure"));
        assertEquals("{\"error\":\"the backup store is offline\"}", body(fromApp.get("failure")));
    }

    @Test
    void aPreflightIsCachedForMaxAge() throws InterruptedException {
        long firstCalls = Math.max(startedAt(fromApp.get("update")), startedAt(fromApp.get("stats")));
        long wait = firstCalls + DEFAULT_PREFLIGHT_CACHE_MILLIS + 1_000 - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        int update = PreflightCounter.count("notes/1");
        int stats = PreflightCounter.count("stats");

        assertStatus(200, chromium.runAgain("update"));
        assertStatus(200, chromium.runAgain("stats"));

        assertEquals(update, PreflightCounter.count("notes/1"), "maxAge = 600: the browser reused the preflight");
        // the control: without Access-Control-Max-Age the browser keeps a preflight 5 seconds only
        assertEquals(stats + 1, PreflightCounter.count("stats"), "maxAge = -1: a new preflight after 5 seconds");
    }

    private static void assertCorsError(Map<String, Object> result) {
        assertEquals(CORS_ERROR, result.get("error"), result::toString);
    }

    private static void assertStatus(long status, Map<String, Object> result) {
        assertEquals(status, result.get("status"), result::toString);
    }

    private static String body(Map<String, Object> result) {
        return (String) result.get("body");
    }

    private static long startedAt(Map<String, Object> result) {
        return ((Number) result.get("startedAt")).longValue();
    }
}
