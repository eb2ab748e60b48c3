package dev.preflight.bench.e2e;

import dev.preflight.bench.exchange.Policy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Requests per second through real servers on 127.0.0.1: Jersey and RESTEasy, each without CORS, with
 * constant CORS headers (the floor) and with Preflight, and RESTEasy with its own {@code CorsFilter};
 * for preflights and for GETs with an allowed {@code Origin}.
 *
 * <p>Each setup's server runs in a JVM of its own, and every figure is a ratio taken within one round:
 * a fork starts the servers of all setups at once, checks that each answers correctly, warms each up,
 * then runs many short rounds. In a round, runtime by runtime, each setup in turn serves the same
 * number of GETs, then each in turn the same number of preflights, while the other servers sit idle;
 * the order is rotated from round to round, and runs the other way in every other fork. A setup's ratio
 * to the same runtime without CORS (and to its floor) is taken in each round, from measurements a few
 * seconds apart, and the report gives the median of those ratios over all rounds of all forks, their
 * interquartile range, and the median of each fork. Rounds in one JVM share its JIT compilation, which
 * differs from one JVM to the next by more than the differences measured here; the forks start every
 * server anew, so that a reader sees whether they agree. For the target ratio of Preflight's GETs it
 * also gives a 95% confidence interval of the median, taking rounds as independent, and says whether
 * the target is met: when the interval and every fork's median are above it.
 *
 * <p>The load generator (this JVM) is pinned to core 0 and every server to core 1 with {@code taskset}
 * (Linux), so that they do not take turns on one core: on a machine of two cores the measured server
 * has one core to itself, and its requests per second are what that core can serve. Each measurement
 * also reads the CPU time of the server's process from {@code /proc} (in nanoseconds from each thread's
 * {@code schedstat} when the kernel has it, otherwise in clock ticks from {@code stat}) and reports it
 * per request: what CORS adds to the work of a request, whatever else the machine does (the measured
 * server keeps its core busy, so its requests per second are about the inverse of its CPU time per
 * request, when nothing else takes the core). The servers share a core, and a JVM goes on compiling in
 * the background after the requests that made it compile: each measurement waits until the servers
 * are quiet, and the report gives the CPU time the idle servers used meanwhile against the measured
 * ones'.
 *
 * <p>Usage: {@code EndToEnd [results.md]}; the defaults take about ten minutes. System properties:
 * {@code e2e.forks} (default 2), {@code e2e.rounds} per fork (default 12), {@code e2e.requests} per
 * setup, kind of request and round (default 2500), {@code e2e.warmup} requests of each kind per server
 * before a fork's first round, in unrecorded rounds (default 50000: after 10000, rates still doubled
 * over a fork's rounds), {@code e2e.connections} (default 4), {@code e2e.target} the ratio to the
 * same runtime without CORS the report checks Preflight's GETs against (default 0.97),
 * {@code e2e.pin} (default {@code true}: pin when {@code taskset} and at least two cores are there),
 * {@code e2e.serverOptions} (JVM options added to every server's, space-separated:
 * {@code -XX:StartFlightRecording=filename=/tmp/server-%p.jfr} profiles them).
 */
public final class EndToEnd {
    private static final int FORKS = Integer.getInteger("e2e.forks", 2);
    private static final int ROUNDS = Integer.getInteger("e2e.rounds", 12);
    private static final int CONNECTIONS = Integer.getInteger("e2e.connections", 4);
    /** What each measurement sends: the load generator spreads it evenly over the connections. */
    private static final int REQUESTS = Integer.getInteger("e2e.requests", 2_500) / CONNECTIONS * CONNECTIONS;
    private static final int WARMUP = Integer.getInteger("e2e.warmup", 50_000);
    private static final double TARGET = Double.parseDouble(System.getProperty("e2e.target", "0.97"));
    private static final boolean PIN = Boolean.parseBoolean(System.getProperty("e2e.pin", "true"))
            && Runtime.getRuntime().availableProcessors() >= 2 && Files.isExecutable(Path.of("/usr/bin/taskset"));
    /** Whether the kernel gives each thread's CPU time in nanoseconds. */
    private static final boolean SCHEDSTAT = Files.isReadable(Path.of("/proc/self/schedstat"));
    /** How long the servers must be quiet before a measurement, and how long to wait for it at most. */
    private static final int QUIET_MILLIS = 100;
    private static final int SETTLE_SECONDS = 30;
    /** Linux's clock ticks per second, the unit of {@code /proc/<pid>/stat}'s CPU times (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    private static final String GET = "GET /api/users HTTP/1.1\nHost: 127.0.0.1\nOrigin: " + Policy.APP_ORIGIN
            + "\nAccept: application/json\n";
    private static final String PREFLIGHT = "OPTIONS /api/users/42 HTTP/1.1\nHost: 127.0.0.1\nOrigin: "
            + Policy.APP_ORIGIN + "\nAccess-Control-Request-Method: PUT\nAccess-Control-Request-Headers: "
            + Policy.REQUESTED_HEADERS + "\nAccept: */*\n";

    private static final List<Setup> SETUPS = List.of(
            new Setup("jersey", BenchApplication.Cors.NONE),
            new Setup("jersey", BenchApplication.Cors.FLOOR),
            new Setup("jersey", BenchApplication.Cors.PREFLIGHT),
            new Setup("resteasy", BenchApplication.Cors.NONE),
            new Setup("resteasy", BenchApplication.Cors.FLOOR),
            new Setup("resteasy", BenchApplication.Cors.PREFLIGHT),
            new Setup("resteasy", BenchApplication.Cors.RESTEASY_FILTER));

    /** A runtime with a CORS setup. */
    record Setup(String runtime, BenchApplication.Cors cors) {
        String label() {
            return runtime + " " + cors.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** The same runtime with another CORS setup, as an index into {@link #SETUPS}. */
        int sibling(BenchApplication.Cors other) {
            return SETUPS.indexOf(new Setup(runtime, other));
        }
    }

    /** What a measurement records, for one setup in one round of one fork. */
    private enum Metric {
        GET_RATE, PREFLIGHT_RATE, GET_CPU, PREFLIGHT_CPU
    }

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        if (PIN) {
            // this JVM, the load generator, on core 0 (all its threads); each server on core 1
            run("/usr/bin/taskset", "-a", "-p", "-c", "0", Long.toString(ProcessHandle.current().pid()));
        }
        // [metric][setup][fork][round]: requests per second, server CPU microseconds per request
        double[][][][] values = new double[Metric.values().length][SETUPS.size()][FORKS][ROUNDS];
        int[] preflightStatus = new int[SETUPS.size()];
        Interference interference = new Interference();
        long started = System.nanoTime();
        String loadBefore = loadAverage();
        long[] cpuBefore = machineCpuAndSteal();
        for (int fork = 0; fork < FORKS; fork++) {
            List<Server> servers = new ArrayList<>();
            try {
                for (Setup setup : SETUPS) {
                    servers.add(Server.start(setup));
                }
                for (int s = 0; s < SETUPS.size(); s++) {
                    preflightStatus[s] = checkAnswers(SETUPS.get(s), servers.get(s).load);
                }
                // warm-up rounds like the measured ones, only not recorded: every server warms up the way
                // it is then measured (waiting for quiet servers in between), and the rates printed show
                // whether they level off
                int warmupRounds = (WARMUP + REQUESTS - 1) / REQUESTS;
                for (int turn = 0; turn < warmupRounds + ROUNDS; turn++) {
                    boolean warmup = turn < warmupRounds;
                    int round = warmup ? turn : turn - warmupRounds;
                    Interference counted = warmup ? new Interference() : interference;
                    StringJoiner line = new StringJoiner("  ", String.format(Locale.ROOT, "fork %d %s %2d  ", fork + 1,
                            warmup ? "warm-up" : "round", round + 1), "");
                    for (List<Integer> turns : order(fork, round)) {
                        // a runtime's setups one after the other, GETs then preflights, so that each
                        // ratio compares measurements a few seconds apart
                        StringJoiner getRates = new StringJoiner(" ");
                        StringJoiner preflightRates = new StringJoiner(" ");
                        for (int s : turns) {
                            Measurement gets = measure(servers, s, GET, 200, counted);
                            if (!warmup) {
                                values[Metric.GET_RATE.ordinal()][s][fork][round] = gets.rate;
                                values[Metric.GET_CPU.ordinal()][s][fork][round] = gets.cpu;
                            }
                            getRates.add(String.format(Locale.ROOT, "%s %.0f", SETUPS.get(s).label(), gets.rate));
                        }
                        for (int s : turns) {
                            Measurement preflights = measure(servers, s, PREFLIGHT, preflightStatus[s], counted);
                            if (!warmup) {
                                values[Metric.PREFLIGHT_RATE.ordinal()][s][fork][round] = preflights.rate;
                                values[Metric.PREFLIGHT_CPU.ordinal()][s][fork][round] = preflights.cpu;
                            }
                            preflightRates.add(String.format(Locale.ROOT, "%.0f", preflights.rate));
                        }
                        line.add(getRates + " / " + preflightRates);
                    }
                    System.out.println(line.add(String.format(Locale.ROOT, "(%.0f s)", seconds(started))));
                }
            } finally {
                for (Server server : servers) {
                    server.close();
                }
            }
        }
        String report = report(values, preflightStatus, interference) + String.format(Locale.ROOT,
                "%nLoad average (1, 5, 15 minutes) before the run: %s; after: %s; %.0f s in all.%s%n", loadBefore,
                loadAverage(), seconds(started), stealReport(cpuBefore, machineCpuAndSteal()));
        System.out.print(report);
        if (args.length > 0) {
            Files.createDirectories(Path.of(args[0]).toAbsolutePath().getParent());
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
    }

    /** The machine's load averages, from {@code /proc/loadavg}: other work there makes the figures noisier. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * The machine's CPU time so far, all cores and states, and the part of it a hypervisor gave to other
     * machines (steal), in clock ticks from {@code /proc/stat}; {@code null} where it cannot be read.
     * On a virtual machine whose cores are shared, steal changes how fast a core runs from one
     * measurement to the next, which no harness can take out.
     */
    private static long[] machineCpuAndSteal() {
        try {
            // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
            String[] fields = Files.readAllLines(Path.of("/proc/stat"), StandardCharsets.US_ASCII).get(0).strip()
                    .split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[8])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String stealReport(long[] before, long[] after) {
        if (before == null || after == null || after[0] <= before[0]) {
            return "";
        }
        return String.format(Locale.ROOT, " Hypervisor steal time: %.1f%% of the machine's CPU time during the run.",
                100.0 * (after[1] - before[1]) / (after[0] - before[0]));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * The setups' turns in a round, runtime by runtime, for ratios are only taken within a runtime.
     * Rotated by one each round, so that each runtime and each setup takes each place in turn, and in
     * the other direction in every other fork, so that no setup always follows the same one.
     */
    private static List<List<Integer>> order(int fork, int round) {
        List<String> runtimes = SETUPS.stream().map(Setup::runtime).distinct().collect(Collectors.toList());
        Collections.rotate(runtimes, round);
        List<List<Integer>> order = new ArrayList<>();
        for (String runtime : runtimes) {
            List<Integer> turns = new ArrayList<>();
            for (int s = 0; s < SETUPS.size(); s++) {
                if (SETUPS.get(s).runtime.equals(runtime)) {
                    turns.add(s);
                }
            }
            Collections.rotate(turns, -round);
            if (fork % 2 == 1) {
                Collections.reverse(turns);
            }
            order.add(turns);
        }
        return order;
    }

    /** Requests per second, and the measured server's CPU time per request in microseconds. */
    private record Measurement(double rate, double cpu) {
    }

    /** What the servers that were not measured did meanwhile. */
    private static final class Interference {
        /** CPU time of the measured servers, and of the others meanwhile, in nanoseconds */
        long measured;
        long idle;
        /** measurements that began before the servers were quiet */
        int unsettled;
        int measurements;
    }

    /**
     * Waits for every server to be quiet, then sends {@code REQUESTS} copies of {@code request} to one,
     * and reads the CPU time of them all.
     */
    private static Measurement measure(List<Server> servers, int measured, String request, int status,
            Interference interference) throws Exception {
        if (!settle(servers)) {
            interference.unsettled++;
        }
        interference.measurements++;
        List<Map<String, Long>> before = cpu(servers);
        double rate = servers.get(measured).load.run(request, REQUESTS, status);
        long[] used = used(before, cpu(servers));
        for (int s = 0; s < servers.size(); s++) {
            if (s == measured) {
                interference.measured += used[s];
            } else {
                interference.idle += used[s];
            }
        }
        return new Measurement(rate, used[measured] / 1e3 / REQUESTS);
    }

    /**
     * Waits until the servers together use less than 1% of a core over {@value #QUIET_MILLIS} ms, for at
     * most {@value #SETTLE_SECONDS} s. A JVM goes on compiling in the background after the requests that
     * made it compile, and the servers share one core: without the wait, one setup's compilation would
     * slow down the next setup's measurement.
     *
     * @return whether they became quiet
     */
    private static boolean settle(List<Server> servers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        List<Map<String, Long>> last = cpu(servers);
        while (true) {
            Thread.sleep(QUIET_MILLIS);
            List<Map<String, Long>> now = cpu(servers);
            if (Arrays.stream(used(last, now)).sum() < TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS) / 100) {
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            last = now;
        }
    }

    /** The CPU time each server's threads have used so far. */
    private static List<Map<String, Long>> cpu(List<Server> servers) throws IOException {
        List<Map<String, Long>> cpu = new ArrayList<>();
        for (Server server : servers) {
            cpu.add(server.cpuTimes());
        }
        return cpu;
    }

    /**
     * The CPU time each server used from one reading to the next, in nanoseconds: thread by thread, so
     * that a thread that ended in between (an idle one of a pool, say) takes none of the others' away.
     */
    private static long[] used(List<Map<String, Long>> before, List<Map<String, Long>> after) {
        long[] used = new long[after.size()];
        for (int s = 0; s < used.length; s++) {
            Map<String, Long> was = before.get(s);
            for (Map.Entry<String, Long> thread : after.get(s).entrySet()) {
                long earlier = was.getOrDefault(thread.getKey(), 0L);
                // a thread that started in between, possibly under an ended one's id, counts from zero
                used[s] += thread.getValue() >= earlier ? thread.getValue() - earlier : thread.getValue();
            }
        }
        return used;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
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

    /** One setup's server JVM, on 127.0.0.1 and a free port, with a load generator aimed at it. */
    private static final class Server implements AutoCloseable {
        /** Servers not stopped yet, which a shutdown of this JVM (an interrupt, say) stops too. */
        private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
        }

        private final Setup setup;
        private final Process process;
        final LoadGenerator load;

        private Server(Setup setup, Process process, int port) {
            this.setup = setup;
            this.process = process;
            this.load = new LoadGenerator(port, CONNECTIONS);
        }

        static Server start(Setup setup) throws IOException {
            Process process = new ProcessBuilder(javaCommand(setup)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            RUNNING.add(process);
            try {
                return new Server(setup, process, port(process));
            } catch (IOException | RuntimeException e) {
                stop(process);
                throw e;
            }
        }

        private static List<String> javaCommand(Setup setup) {
            List<String> command = new ArrayList<>();
            if (PIN) {
                command.addAll(List.of("/usr/bin/taskset", "-c", "1"));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms512m",
                    "-Xmx512m",
                    // without it the JDK's server waits for delayed ACKs between a response's head and body
                    // (about 40 ms a request on loopback), and every setup would measure that
                    "-Dsun.net.httpserver.nodelay=true"));
            String extra = System.getProperty("e2e.serverOptions", "").strip();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName(),
                    setup.runtime, setup.cors.name()));
            return command;
        }

        private static int port(Process server) throws IOException {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("PORT ")) {
                    return Integer.parseInt(line.substring(5).strip());
                }
            }
            throw new IllegalStateException("the server exited without a port");
        }

        /**
         * The CPU time of the server's threads so far, by thread id, in nanoseconds; without
         * {@code schedstat}, that of the whole process under the id "process", in clock ticks' steps.
         */
        Map<String, Long> cpuTimes() throws IOException {
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + setup.label() + " server exited: " + process.exitValue());
            }
            Path proc = Path.of("/proc", Long.toString(process.pid()));
            if (!SCHEDSTAT) {
                String stat = Files.readString(proc.resolve("stat"), StandardCharsets.US_ASCII);
                // fields after the command name, which is in parentheses and may hold spaces: state is
                // field 3, utime field 14, stime field 15
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Map.of("process",
                        (long) ((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1e9 / TICKS_PER_SECOND));
            }
            // each thread's time on a CPU, in nanoseconds, is the first field of its schedstat
            Map<String, Long> nanos = new HashMap<>();
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(proc.resolve("task"))) {
                for (Path thread : threads) {
                    String schedstat;
                    try {
                        schedstat = Files.readString(thread.resolve("schedstat"), StandardCharsets.US_ASCII);
                    } catch (IOException ended) {
                        continue;
                    }
                    nanos.put(thread.getFileName().toString(),
                            Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
                }
            }
            return nanos;
        }

        /** Closes the server's standard input, which stops it, and waits for it to exit. */
        @Override
        public void close() {
            stop(process);
        }

        private static void stop(Process process) {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
                RUNNING.remove(process);
            }
        }
    }

    // --- the report ---

    /** The metric of {@code setup} over that of {@code base} in the same fork and round: [fork][round]. */
    private static double[][] ratios(double[][][] metric, int setup, int base) {
        double[][] ratios = new double[FORKS][ROUNDS];
        for (int f = 0; f < FORKS; f++) {
            for (int r = 0; r < ROUNDS; r++) {
                ratios[f][r] = metric[setup][f][r] / metric[base][f][r];
            }
        }
        return ratios;
    }

    /** All forks' rounds together, sorted. */
    private static double[] pooled(double[][] byFork) {
        return Arrays.stream(byFork).flatMapToDouble(Arrays::stream).sorted().toArray();
    }

    /** The {@code q} quantile of sorted values, interpolated between the nearest two. */
    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double median(double[] values) {
        return quantile(Arrays.stream(values).sorted().toArray(), 0.5);
    }

    /**
     * A 95% confidence interval of the median of sorted values taken as independent: the order
     * statistics {@code k} and {@code n + 1 - k}, with the largest {@code k} for which a binomial(n, 1/2)
     * falls below {@code k} with a probability of at most 2.5%.
     */
    private static double[] medianInterval(double[] sorted) {
        int n = sorted.length;
        double probability = Math.pow(0.5, n);
        double below = 0;
        int k = 0;
        while (k < n && below + probability <= 0.025) {
            below += probability;
            k++;
            probability *= (double) (n - k + 1) / k;
        }
        // from the kth smallest to the kth largest; none with too few values (under 6)
        return k == 0 ? null : new double[] {sorted[k - 1], sorted[n - k]};
    }

    /** "97.2% (96.0–98.1)": the median ratio over all rounds, with its interquartile range. */
    private static String ratio(double[][] ratios) {
        double[] all = pooled(ratios);
        return String.format(Locale.ROOT, "%.1f%% (%.1f–%.1f)", 100 * quantile(all, 0.5), 100 * quantile(all, 0.25),
                100 * quantile(all, 0.75));
    }

    /** "97.5 / 96.8 / 97.3": each fork's median ratio. */
    private static String byFork(double[][] ratios) {
        StringJoiner forks = new StringJoiner(" / ");
        for (double[] fork : ratios) {
            forks.add(String.format(Locale.ROOT, "%.1f", 100 * median(fork)));
        }
        return forks.toString();
    }

    private static String report(double[][][][] values, int[] preflightStatus, Interference interference) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%d forks × %d rounds; in each round, runtime by runtime, each setup in turn serves %,d GETs, then"
                        + " each in turn %,d preflights, over %d keep-alive connections, while the other setups'"
                        + " servers sit idle (%,d warm-up requests of each kind per server first); %s.%n%n"
                        + "Requests per second and server CPU time per request: median of all rounds. Ratios (÷): each"
                        + " round's ratio to the same runtime without CORS, or to its floor, in the same round; the"
                        + " median over all rounds, in brackets the interquartile range; by fork: the median of each"
                        + " fork's rounds (%%).%n",
                FORKS, ROUNDS, REQUESTS, REQUESTS, CONNECTIONS, WARMUP, PIN ? "load generator on core 0, servers on core 1"
                        : "load generator and servers not pinned"));
        table(md, "GETs with an allowed Origin", values[Metric.GET_RATE.ordinal()], values[Metric.GET_CPU.ordinal()],
                null);
        table(md, "Preflights", values[Metric.PREFLIGHT_RATE.ordinal()], values[Metric.PREFLIGHT_CPU.ordinal()],
                preflightStatus);
        md.append(String.format(Locale.ROOT, "%nBefore each measurement the servers were left until quiet (under 1%% of"
                + " a core for %d ms)%s; while one server was measured, the idle servers used %.2f%% as much CPU time as"
                + " it did.%n", QUIET_MILLIS, interference.unsettled == 0 ? ""
                        : String.format(Locale.ROOT, ", except %d of %d times when %d s did not suffice",
                                interference.unsettled, interference.measurements, SETTLE_SECONDS),
                100.0 * interference.idle / interference.measured));
        md.append(String.format(Locale.ROOT, "%nEach fork's later rounds against its earlier ones (the median rate of"
                + " the later half over that of the earlier half, median over setups and forks): GETs %.1f%%,"
                + " preflights %.1f%%; well above 100%% means the servers were still warming up.%n",
                100 * drift(values[Metric.GET_RATE.ordinal()]), 100 * drift(values[Metric.PREFLIGHT_RATE.ordinal()])));
        md.append(verdict(values[Metric.GET_RATE.ordinal()], values[Metric.GET_CPU.ordinal()]));
        return md.toString();
    }

    /**
     * How much faster the servers were in the later half of each fork's rounds than in the earlier half:
     * per setup and fork, the median rate of the one over the median rate of the other; the median of
     * those.
     */
    private static double drift(double[][][] rate) {
        double[] drifts = new double[SETUPS.size() * FORKS];
        int half = ROUNDS / 2;
        for (int s = 0; s < SETUPS.size(); s++) {
            for (int f = 0; f < FORKS; f++) {
                drifts[s * FORKS + f] = median(Arrays.copyOfRange(rate[s][f], ROUNDS - half, ROUNDS))
                        / median(Arrays.copyOfRange(rate[s][f], 0, half));
            }
        }
        return median(drifts);
    }

    private static void table(StringBuilder md, String title, double[][][] rate, double[][][] cpu, int[] status) {
        md.append(String.format(Locale.ROOT, "%n%s:%n%n", title));
        md.append("| setup | req/s | ÷ no CORS | by fork | ÷ floor | by fork | CPU per request | CPU ÷ no CORS |"
                + (status == null ? "" : " status |") + "\n|---|---:|---:|---:|---:|---:|---:|---:|"
                + (status == null ? "" : "---:|") + "\n");
        for (int s = 0; s < SETUPS.size(); s++) {
            Setup setup = SETUPS.get(s);
            int none = setup.sibling(BenchApplication.Cors.NONE);
            int floor = setup.sibling(BenchApplication.Cors.FLOOR);
            double[][] toNone = ratios(rate, s, none);
            double[][] toFloor = ratios(rate, s, floor);
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %s | %s | %.1f µs | %s |", setup.label(),
                    quantile(pooled(rate[s]), 0.5), s == none ? "" : ratio(toNone), s == none ? "" : byFork(toNone),
                    s == floor ? "" : ratio(toFloor), s == floor ? "" : byFork(toFloor), quantile(pooled(cpu[s]), 0.5),
                    s == none ? "" : ratio(ratios(cpu, s, none))));
            md.append(status == null ? "\n" : " " + status[s] + " |\n");
        }
    }

    /**
     * Whether Preflight's GETs reach the target ratio to the same runtime without CORS in requests per
     * second: met when the 95% confidence interval of the median ratio and every fork's median are at
     * or above it, not met when all of them are below it, not established otherwise. Besides, the same
     * from the server's CPU time per request (no CORS over Preflight, the requests per second the
     * server's core would give if nothing else took it): the server is what limits the rate here.
     */
    private static String verdict(double[][][] gets, double[][][] cpu) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "%nPreflight's GETs ÷ no CORS, against %.0f%%:"
                + " the median ratio over all rounds with its 95%% confidence interval (order statistics, rounds taken"
                + " as independent), each fork's median; then the same from CPU time per request (no CORS ÷"
                + " Preflight).%n%n| runtime | req/s ÷ no CORS | 95%% interval | by fork | from CPU time | 95%% interval"
                + " | by fork | %.0f%% |%n|---|---:|---:|---:|---:|---:|---:|---|%n", 100 * TARGET, 100 * TARGET));
        for (int s = 0; s < SETUPS.size(); s++) {
            Setup setup = SETUPS.get(s);
            if (setup.cors != BenchApplication.Cors.PREFLIGHT) {
                continue;
            }
            int none = setup.sibling(BenchApplication.Cors.NONE);
            double[][] rates = ratios(gets, s, none);
            double[][] cpus = ratios(cpu, none, s);
            double[] interval = medianInterval(pooled(rates));
            double[] forks = Arrays.stream(rates).mapToDouble(EndToEnd::median).toArray();
            String verdict = interval == null ? "not established (too few rounds)"
                    : Math.min(interval[0], Arrays.stream(forks).min().orElseThrow()) >= TARGET ? "met"
                    : Math.max(interval[1], Arrays.stream(forks).max().orElseThrow()) < TARGET ? "not met"
                    : "not established";
            md.append(String.format(Locale.ROOT, "| %s | %.1f%% | %s | %s | %.1f%% | %s | %s | %s |%n", setup.runtime,
                    100 * quantile(pooled(rates), 0.5), interval(pooled(rates)), byFork(rates),
                    100 * quantile(pooled(cpus), 0.5), interval(pooled(cpus)), byFork(cpus), verdict));
        }
        return md.toString();
    }

    /** "96.1–98.3%", the 95% confidence interval of the median, or a dash with too few values. */
    private static String interval(double[] sorted) {
        double[] interval = medianInterval(sorted);
        return interval == null ? "–"
                : String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * interval[0], 100 * interval[1]);
    }
}
