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
 * <p>The load generator (this JVM) and the server are pinned to different cores with {@code taskset}
 * (Linux), so that they do not take turns on one core: on a machine of two cores the server then has
 * one core to itself, and its requests per second are what that core can serve. Besides requests per
 * second, each run reads the CPU time the server's process spent ({@code /proc/<pid>/stat}) and
 * reports it per request: what Preflight adds to the work of a request, whatever else the machine does.
 *
 * <p>Usage: {@code EndToEnd [results.md]}. System properties: {@code e2e.requests} per measurement
 * (default 20000), {@code e2e.warmup} (default 30000), {@code e2e.rounds} (default 5),
 * {@code e2e.connections} (default 4), {@code e2e.pin} (default {@code true}: pin when {@code taskset}
 * and at least two cores are there), {@code e2e.serverOptions} (JVM options added to every server's,
 * space-separated: {@code -XX:StartFlightRecording=filename=/tmp/server-%p.jfr} profiles them).
 */
public final class EndToEnd {
    private static final int REQUESTS = Integer.getInteger("e2e.requests", 20_000);
    private static final int WARMUP = Integer.getInteger("e2e.warmup", 30_000);
    private static final int ROUNDS = Integer.getInteger("e2e.rounds", 5);
    private static final int CONNECTIONS = Integer.getInteger("e2e.connections", 4);
    private static final boolean PIN = Boolean.parseBoolean(System.getProperty("e2e.pin", "true"))
            && Runtime.getRuntime().availableProcessors() >= 2 && Files.isExecutable(Path.of("/usr/bin/taskset"));
    /** Linux's clock ticks per second, the unit of {@code /proc/<pid>/stat}'s CPU times (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

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
        if (PIN) {
            // this JVM, the load generator, on core 0 (all its threads); each server on core 1
            run("/usr/bin/taskset", "-a", "-p", "-c", "0", Long.toString(ProcessHandle.current().pid()));
        }
        Map<Setup, List<Double>> gets = new LinkedHashMap<>();
        Map<Setup, List<Double>> preflights = new LinkedHashMap<>();
        Map<Setup, List<Double>> getCpu = new LinkedHashMap<>();
        Map<Setup, List<Double>> preflightCpu = new LinkedHashMap<>();
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
                    long cpu = cpuTicks(server);
                    gets.computeIfAbsent(setup, k -> new ArrayList<>()).add(load.run(GET, REQUESTS, 200));
                    long afterGets = cpuTicks(server);
                    preflights.computeIfAbsent(setup, k -> new ArrayList<>()).add(load.run(PREFLIGHT, REQUESTS, preflightExpected));
                    long afterPreflights = cpuTicks(server);
                    getCpu.computeIfAbsent(setup, k -> new ArrayList<>()).add(micros(afterGets - cpu));
                    preflightCpu.computeIfAbsent(setup, k -> new ArrayList<>()).add(micros(afterPreflights - afterGets));
                    System.out.printf(Locale.ROOT, "round %d %-26s GET %8.0f req/s %5.1f us CPU  preflight %8.0f req/s"
                            + " %5.1f us CPU%n", round + 1, setup.label(), last(gets.get(setup)), last(getCpu.get(setup)),
                            last(preflights.get(setup)), last(preflightCpu.get(setup)));
                } finally {
                    server.getOutputStream().close();
                    if (!server.waitFor(30, TimeUnit.SECONDS)) {
                        server.destroyForcibly();
                    }
                }
            }
        }
        String report = report(setups, gets, preflights, preflightStatus)
                + "\nServer CPU time per request, median of the rounds (microseconds); in brackets the ratio to the same"
                + " runtime without CORS, then to its floor.\n\n"
                + cpuReport(setups, getCpu, preflightCpu);
        System.out.print(report);
        if (args.length > 0) {
            Files.createDirectories(Path.of(args[0]).toAbsolutePath().getParent());
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
    }

    /** Server CPU microseconds per request from a difference of clock ticks over one measurement. */
    private static double micros(long ticks) {
        return ticks / TICKS_PER_SECOND * 1e6 / REQUESTS;
    }

    /** User plus system CPU time of the server's process so far, in clock ticks. */
    private static long cpuTicks(Process server) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(server.pid()), "stat"), StandardCharsets.US_ASCII);
        // fields after the command name, which is in parentheses and may hold spaces: state is field 3,
        // utime field 14, stime field 15
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private static List<String> javaCommand(Setup setup) {
        List<String> command = new ArrayList<>();
        if (PIN) {
            command.addAll(List.of("/usr/bin/taskset", "-c", "1"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms512m", "-Xmx512m",
                // without it the JDK's server waits for delayed ACKs between a response's head and body
                // (about 40 ms a request on loopback), and every setup would measure that
                "-Dsun.net.httpserver.nodelay=true"));
        String extra = System.getProperty("e2e.serverOptions", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of(
                "-cp", System.getProperty("java.class.path"), BenchServer.class.getName(), setup.runtime,
                setup.cors.name()));
        return command;
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

    private static String cpuReport(List<Setup> setups, Map<Setup, List<Double>> getCpu,
            Map<Setup, List<Double>> preflightCpu) {
        StringBuilder md = new StringBuilder("| setup | GET | preflight |\n|---|---:|---:|\n");
        for (Setup setup : setups) {
            Setup none = new Setup(setup.runtime, BenchApplication.Cors.NONE);
            Setup floor = new Setup(setup.runtime, BenchApplication.Cors.FLOOR);
            double get = median(getCpu.get(setup));
            double preflight = median(preflightCpu.get(setup));
            md.append(String.format(Locale.ROOT, "| %s | %.1f (%.1f%%, %.1f%%) | %.1f (%.1f%%, %.1f%%) |%n", setup.label(),
                    get, 100 * get / median(getCpu.get(none)), 100 * get / median(getCpu.get(floor)), preflight,
                    100 * preflight / median(preflightCpu.get(none)), 100 * preflight / median(preflightCpu.get(floor))));
        }
        return md.toString();
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
                        + " of each kind), %s; in brackets the ratio to the same runtime without CORS, then to its floor.%n%n",
                ROUNDS, REQUESTS, CONNECTIONS, WARMUP, PIN ? "load generator on core 0, server on core 1"
                        : "load generator and server not pinned"));
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
