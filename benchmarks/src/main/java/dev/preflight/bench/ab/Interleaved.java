package dev.preflight.bench.ab;

import dev.preflight.bench.exchange.Container;
import dev.preflight.bench.exchange.Exchange;
import dev.preflight.bench.exchange.Implementations;
import dev.preflight.bench.exchange.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The floor, the floor in Preflight's shape, Preflight and RESTEasy's {@code CorsFilter} on one
 * scenario, measured in turns in one JVM: short slices of each, rotated, many rounds, each slice timed by the thread's CPU clock. On a machine
 * other processes load, JMH's one benchmark after the other meets different load; slices taken in turns
 * meet the same, so the ratio of each round is a fair one, and the median of the rounds' ratios is what
 * this prints. The price: the three share the exchange's call sites, so each filter call is a virtual
 * call (a few ns, per filter, for all alike).
 *
 * <p>Usage: {@code Interleaved CONTAINER SCENARIO [rounds] [opsPerSlice]}, or without arguments every
 * runtime and the scenarios RESTEasy's filter can express, each in a JVM of its own.
 */
public final class Interleaved {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Interleaved() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            for (Container container : Container.values()) {
                for (String scenario : List.of("ACTUAL", "ALLOWLIST_10", "ALLOWLIST_100", "PATTERN", "NO_ORIGIN",
                        "PREFLIGHT", "REFUSED")) {
                    // a JVM per scenario, so that no other scenario's code shapes what the JIT makes of this one
                    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"), Interleaved.class.getName(),
                            container.name(), scenario, "150", "4000")
                            .redirectErrorStream(true).inheritIO().start();
                    if (child.waitFor() != 0) {
                        throw new IllegalStateException(container + " " + scenario + " failed");
                    }
                }
            }
            return;
        }
        Container container = Container.valueOf(args[0]);
        Scenario scenario = Scenario.valueOf(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int ops = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        Map<String, Exchange> exchanges = new LinkedHashMap<>();
        exchanges.put("floor", Implementations.floor(container, scenario).verified("floor", scenario));
        exchanges.put("floor in Preflight's shape",
                Implementations.floorInPreflightsShape(container, scenario).verified("floor in Preflight's shape", scenario));
        exchanges.put("Preflight", Implementations.preflight(container, scenario).verified("Preflight", scenario));
        if (Implementations.resteasySupports(scenario)) {
            exchanges.put("RESTEasy", Implementations.resteasy(container, scenario).verified("RESTEasy", scenario));
        }
        container.install();
        List<String> names = new ArrayList<>(exchanges.keySet());
        Exchange[] all = exchanges.values().toArray(new Exchange[0]);
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (Exchange exchange : all) {
                slice(exchange, ops);
            }
        }
        double[][] perOp = new double[all.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < all.length; k++) {
                int i = (k + round) % all.length; // rotate who goes first
                perOp[i][round] = (double) slice(all[i], ops) / ops;
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %s:", container, scenario));
        for (int i = 0; i < all.length; i++) {
            double[] ratio = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratio[round] = perOp[i][round] / perOp[0][round];
            }
            line.append(String.format(Locale.ROOT, " %s %.1f CPU ns/op (%.2fx the floor, rounds' median ratio)",
                    names.get(i), median(perOp[i]), median(ratio)));
        }
        System.out.println(line);
    }

    /** CPU nanoseconds of this thread for {@code ops} operations. */
    private static long slice(Exchange exchange, int ops) {
        long start = THREADS.getCurrentThreadCpuTime();
        int nulls = 0;
        for (int i = 0; i < ops; i++) {
            if (exchange.run() == null) {
                nulls++;
            }
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - start;
        if (nulls == ops + 1) {
            System.out.println(); // never: keeps the results alive
        }
        return cpu;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
