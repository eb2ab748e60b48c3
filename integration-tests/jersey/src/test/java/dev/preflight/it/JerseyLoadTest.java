package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 100,000 mixed requests from 32 client threads, each on its own kept-alive connection, to a real
 * Jersey server on 127.0.0.1: allowed and refused preflights, allowed and refused actual requests,
 * pattern origins unique to each request (so a header that leaked from one request into another
 * would show), any-origin and no-origin requests. Every response's status and CORS headers are
 * checked.
 */
class JerseyLoadTest {
    private static final int THREADS = 32;
    private static final int REQUESTS = 100_000;
    private static final long TIME_LIMIT_SECONDS = 120;
    private static final String APP = CorsBehaviourContract.APP;
    private static final String EVIL = CorsBehaviourContract.EVIL;
    private static final String PREFLIGHT_VARY = CorsBehaviourContract.PREFLIGHT_VARY;

    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong checked = new AtomicLong();

    @Test
    void everyResponseIsRightUnderConcurrentLoad() throws Exception {
        try (TestServer server = JerseyServer.start(new TestApplication())) {
            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                int share = REQUESTS / THREADS + (t < REQUESTS % THREADS ? 1 : 0);
                done.add(clients.submit(() -> run(server, thread, share)));
            }
            clients.shutdown();
            boolean finished = clients.awaitTermination(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
            clients.shutdownNow();
            for (Future<?> f : done) {
                if (finished) {
                    f.get();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("JerseyLoadTest: %d requests from %d threads in %.1f s, %.0f requests/s, %d failed%n",
                    checked.get(), THREADS, seconds, checked.get() / seconds, failed.get());
            assertTrue(finished, "not done within " + TIME_LIMIT_SECONDS + " s");
            assertEquals(List.of(), List.copyOf(failures), failed.get() + " responses were wrong; the first ones");
            assertEquals(REQUESTS, checked.get());
        }
    }

    private void run(TestServer server, int thread, int count) {
        Random random = new Random(thread);
        try (RawHttp http = new RawHttp(server.base())) {
            for (int i = 0; i < count && !Thread.currentThread().isInterrupted(); i++) {
                String subdomain = "https://t" + thread + "-" + i + ".example.com";
                try {
                    exchange(http, i % 8, subdomain, random);
                } catch (AssertionError | RuntimeException e) {
                    if (failed.incrementAndGet() <= 10) {
                        failures.add("thread " + thread + " request " + i + ": " + e.getMessage());
                    }
                }
                checked.incrementAndGet();
            }
        }
    }

    private static void exchange(RawHttp http, int kind, String subdomain, Random random) {
        switch (kind) {
            case 0 -> {
                RawHttp.Response r = send(http, "OPTIONS", "users/7", "Origin", APP,
                        "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "authorization,content-type");
                expect(r, 204, Map.of("access-control-allow-origin", APP, "access-control-allow-methods", "GET, PUT",
                        "access-control-allow-headers", "Authorization, Content-Type",
                        "access-control-allow-credentials", "true", "access-control-max-age", "1800"), PREFLIGHT_VARY);
            }
            case 1 -> expect(send(http, "OPTIONS", "users/7", "Origin", EVIL, "Access-Control-Request-Method", "PUT"),
                    403, Map.of(), PREFLIGHT_VARY);
            case 2 -> {
                RawHttp.Response r = send(http, "GET", "users", "Origin", APP);
                expect(r, 200, Map.of("access-control-allow-origin", APP, "access-control-allow-credentials", "true",
                        "access-control-expose-headers", "X-Total-Count"), "Accept-Encoding, Origin");
                check("[]".equals(r.body()), "body " + r.body());
            }
            case 3 -> expect(send(http, "GET", "users", "Origin", EVIL), 403, Map.of(), "Origin");
            case 4 -> {
                String requested = "x-" + Integer.toString(random.nextInt(1 << 20), 36) + ", content-type";
                expect(send(http, "OPTIONS", "pattern", "Origin", subdomain, "Access-Control-Request-Method", "GET",
                                "Access-Control-Request-Headers", requested),
                        204, Map.of("access-control-allow-origin", subdomain, "access-control-allow-methods", "GET",
                                "access-control-allow-headers", requested, "access-control-max-age", "1800"), PREFLIGHT_VARY);
            }
            case 5 -> expect(send(http, "GET", "pattern", "Origin", subdomain), 200,
                    Map.of("access-control-allow-origin", subdomain), "Origin");
            case 6 -> expect(send(http, "GET", "public", "Origin", subdomain), 200,
                    Map.of("access-control-allow-origin", "*"), null);
            default -> expect(send(http, "GET", "users"), 200, Map.of(), "Accept-Encoding, Origin");
        }
    }

    private static RawHttp.Response send(RawHttp http, String method, String path, String... headers) {
        List<RawHttp.Header> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(new RawHttp.Header(headers[i], headers[i + 1]));
        }
        return http.send(method, path, list);
    }

    /** Exactly these {@code Access-Control-*} headers, each once, and this {@code Vary}. */
    private static void expect(RawHttp.Response r, int status, Map<String, String> cors, String vary) {
        check(r.status() == status, "status " + r);
        Map<String, List<String>> expected = new TreeMap<>();
        cors.forEach((name, value) -> expected.put(name, List.of(value)));
        check(expected.equals(r.corsHeaders()), "CORS headers " + r);
        check(Objects.equals(vary, r.header("Vary")), "Vary " + r);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
