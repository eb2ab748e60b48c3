package dev.preflight.bench.e2e;

import dev.preflight.bench.exchange.Policy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Requests per second through real servers on 127.0.0.1: Jersey and RESTEasy, each without CORS, with
 * constant CORS headers (the floor) and with Preflight, and RESTEasy with its own {@code CorsFilter};
 * for preflights and for GETs with an
 * allowed {@code Origin}. Each server runs in a JVM of its own; setups are measured in turns, several
 * rounds, and the median is reported.
 *
 * <p>Usage: {@code EndToEnd [results.md]}. System properties: {@code e2e.requests} per measurement
 * (default 20000), {@code e2e.warmup} (default 30000), {@code e2e.rounds} (default 5),
 * {@code e2e.connections} (default 4).
 */
public final class EndToEnd {
    private static final int REQUESTS = Integer.getInteger("e2e.requests", 20_000);
    private static final int WARMUP = Integer.getInteger("e2e.warmup", 30_000);
    private static final int ROUNDS = Integer.getInteger("e2e.rounds", 5);
    private static final int CONNECTIONS = Integer.getInteger("e2e.connections", 4);

    private static final String GET = "GET /api/users HTTP/1.1\nHost: 127.0.0.1\nOrigin: " + Policy.APP_ORIGIN
            + "\nAccept: application/json\n";
    private static final String PREFLIGHT = "OPTIONS /api/users/42 HTTP/1.1\nHost: 127.0.0.1\nOrigin: "
            + Policy.APP_ORIGIN + "\nAccess-Control-Request-Method: PUT\nAccess-Control-Request-Headers: "
            + Policy.REQUESTED_HEADERS + "\nAccept: */*\n";

    /** A runtime with a CORS setup. */
    record Setup(String runtime, BenchApplication.Cors cors) {
        String label() {
            return runtime + " " + cors.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        List<Setup> setups = List.of(
                new Setup("jersey", BenchApplication.Cors.NONE),
                new Setup("jersey", BenchApplication.Cors.FLOOR),
                new Setup("jersey", BenchApplication.Cors.PREFLIGHT),
                new Setup("resteasy", BenchApplication.Cors.NONE),
                new Setup("resteasy", BenchApplication.Cors.FLOOR),
                new Setup("resteasy", BenchApplication.Cors.PREFLIGHT),
                new Setup("resteasy", BenchApplication.Cors.RESTEASY_FILTER));
        Map<Setup, List<Double>> gets = new LinkedHashMap<>();
        Map<Setup, List<Double>> preflights = new LinkedHashMap<>();
        Map<Setup, Integer> preflightStatus = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (Setup setup : setups) {
                Process server = new ProcessBuilder(javaCommand(setup)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                try {
                    int port = port(server);
                    LoadGenerator load = new LoadGenerator(port, CONNECTIONS);
                    int preflightExpected = checkAnswers(setup, load);
                    preflightStatus.put(setup, preflightExpected);
                    load.run(GET, WARMUP, 200);
                    load.run(PREFLIGHT, WARMUP, preflightExpected);
                    gets.computeIfAbsent(setup, k -> new ArrayList<>()).add(load.run(GET, REQUESTS, 200));
                    preflights.computeIfAbsent(setup, k -> new ArrayList<>()).add(load.run(PREFLIGHT, REQUESTS, preflightExpected));
                    System.out.printf(Locale.ROOT, "round %d %-26s GET %8.0f req/s  preflight %8.0f req/s%n", round + 1,
                            setup.label(), last(gets.get(setup)), last(preflights.get(setup)));
                } finally {
                    server.getOutputStream().close();
                    if (!server.waitFor(30, TimeUnit.SECONDS)) {
                        server.destroyForcibly();
                    }
                }
            }
        }
        String report = report(setups, gets, preflights, preflightStatus);
        System.out.print(report);
        if (args.length > 0) {
            Files.createDirectories(Path.of(args[0]).toAbsolutePath().getParent());
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
    }

    private static List<String> javaCommand(Setup setup) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms512m", "-Xmx512m",
                // without it the JDK's server waits for delayed ACKs between a response's head and body
                // (about 40 ms a request on loopback), and every setup would measure that
                "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"), BenchServer.class.getName(), setup.runtime,
                setup.cors.name());
    }

    private static int port(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5).strip());
            }
        }
        throw new IllegalStateException("the server exited without a port");
    }

    /**
     * Checks that the setup answers as it should (CORS headers present with CORS, absent without), so
     * that no figure measures a wrong answer.
     *
     * @return the preflight's status, which the load run then expects every time
     */
    private static int checkAnswers(Setup setup, LoadGenerator load) throws Exception {
        LoadGenerator.Response get = load.probe(GET);
        LoadGenerator.Response preflight = load.probe(PREFLIGHT);
        boolean cors = setup.cors != BenchApplication.Cors.NONE;
        String getOrigin = get.headers().get("access-control-allow-origin");
        String preflightOrigin = preflight.headers().get("access-control-allow-origin");
        if (get.status() != 200 || cors != Policy.APP_ORIGIN.equals(getOrigin)
                || cors != Policy.APP_ORIGIN.equals(preflightOrigin) || preflight.status() >= 400) {
            throw new IllegalStateException(setup.label() + " answers wrongly: GET " + get + ", preflight " + preflight);
        }
        return preflight.status();
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String report(List<Setup> setups, Map<Setup, List<Double>> gets, Map<Setup, List<Double>> preflights,
            Map<Setup, Integer> preflightStatus) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "Median of %d rounds of %,d requests over %d keep-alive connections (after %,d warm-up requests"
                        + " of each kind); in brackets the ratio to the same runtime without CORS, then to its floor.%n%n",
                ROUNDS, REQUESTS, CONNECTIONS, WARMUP));
        md.append("| setup | GET req/s | preflight req/s | preflight status |\n|---|---:|---:|---:|\n");
        for (Setup setup : setups) {
            Setup none = new Setup(setup.runtime, BenchApplication.Cors.NONE);
            Setup floor = new Setup(setup.runtime, BenchApplication.Cors.FLOOR);
            double get = median(gets.get(setup));
            double preflight = median(preflights.get(setup));
            md.append(String.format(Locale.ROOT, "| %s | %,.0f (%.1f%%, %.1f%%) | %,.0f (%.1f%%, %.1f%%) | %d |%n",
                    setup.label(), get, 100 * get / median(gets.get(none)), 100 * get / median(gets.get(floor)),
                    preflight, 100 * preflight / median(preflights.get(none)),
                    100 * preflight / median(preflights.get(floor)), preflightStatus.get(setup)));
        }
        return md.toString();
    }
}
