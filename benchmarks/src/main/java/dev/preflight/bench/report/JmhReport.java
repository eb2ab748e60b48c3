package dev.preflight.bench.report;

import dev.preflight.testing.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results into the tables of BENCHMARKS.md (ns/op and B/op per implementation and
 * scenario, with the ratio to the floor) and an SVG bar chart, without any charting dependency.
 *
 * <p>Usage: {@code JmhReport jmh.json chart.svg tables.md}
 */
public final class JmhReport {
    /** Column order, and the names and colours the tables and chart use. */
    private static final String[][] IMPLEMENTATIONS = {
        {"Floor", "floor", "#9e9e9e"},
        {"FloorInPreflightsShape", "floor in Preflight's shape", "#d9d9d9"},
        {"Preflight", "Preflight", "#1b7837"},
        {"Resteasy", "RESTEasy CorsFilter", "#2166ac"},
        {"HandWritten", "hand-written", "#e08214"},
        {"Spring", "Spring DefaultCorsProcessor", "#b2182b"},
    };
    private static final String[] SCENARIOS = {
        "PREFLIGHT", "ACTUAL", "NO_ORIGIN", "REFUSED", "ALLOWLIST_1", "ALLOWLIST_10", "ALLOWLIST_100", "PATTERN", "CONFIGURED_10",
    };

    /**
     * One benchmark result. {@code nsPerOp} is the median of the measurement iterations, which one
     * disturbed iteration on a shared machine does not move; JMH's mean and its error are kept beside it.
     */
    record Score(double nsPerOp, double mean, double error, double bytesPerOp, double cpuNsPerOp) {
    }

    private JmhReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: JmhReport jmh.json chart.svg tables.md");
        }
        Map<String, Map<String, Map<String, Score>>> byContainer = read(Path.of(args[0]));
        StringBuilder tables = new StringBuilder();
        for (Map.Entry<String, Map<String, Map<String, Score>>> container : byContainer.entrySet()) {
            tables.append("### ").append(container.getKey()).append("\n\n").append(tables(container.getValue()))
                    .append('\n');
        }
        // the chart shows the first runtime measured (Jersey, in a full run)
        Files.writeString(Path.of(args[1]), svg(byContainer.values().iterator().next()), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[2]), tables, StandardCharsets.UTF_8);
        System.out.print(tables);
    }

    /**
     * Runtime (the {@code container} parameter) to implementation (benchmark class without "Benchmark")
     * to scenario to score. A benchmark without the parameter (Spring's, which is no Jakarta REST
     * filter) appears under every runtime.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Map<String, Score>>> read(Path json) throws IOException {
        Map<String, Map<String, Map<String, Score>>> byContainer = new LinkedHashMap<>();
        Map<String, Map<String, Score>> everywhere = new LinkedHashMap<>();
        for (Object o : (List<Object>) Json.parse(Files.readString(json, StandardCharsets.UTF_8))) {
            Map<String, Object> result = (Map<String, Object>) o;
            String benchmark = (String) result.get("benchmark");
            String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
            String implementation = className.substring(className.lastIndexOf('.') + 1).replace("Benchmark", "");
            Map<String, Object> params = (Map<String, Object>) result.get("params");
            String scenario = (String) params.get("scenario");
            String container = (String) params.get("container");
            Map<String, Map<String, Score>> scores = container == null ? everywhere
                    : byContainer.computeIfAbsent(container, k -> new LinkedHashMap<>());
            Map<String, Object> primary = (Map<String, Object>) result.get("primaryMetric");
            Map<String, Object> secondary = (Map<String, Object>) result.get("secondaryMetrics");
            double bytes = Double.NaN;
            if (secondary != null && secondary.get("gc.alloc.rate.norm") != null) {
                bytes = number(((Map<String, Object>) secondary.get("gc.alloc.rate.norm")).get("score"));
            }
            double cpu = Double.NaN;
            if (secondary != null && secondary.get("cpu.time.norm") != null) {
                List<Double> cpuIterations = new ArrayList<>();
                for (Object fork : (List<Object>) ((Map<String, Object>) secondary.get("cpu.time.norm")).get("rawData")) {
                    for (Object iteration : (List<Object>) fork) {
                        cpuIterations.add(number(iteration));
                    }
                }
                cpu = median(cpuIterations);
            }
            List<Double> iterations = new ArrayList<>();
            for (Object fork : (List<Object>) primary.get("rawData")) {
                for (Object iteration : (List<Object>) fork) {
                    iterations.add(number(iteration));
                }
            }
            scores.computeIfAbsent(implementation, k -> new LinkedHashMap<>()).put(scenario, new Score(median(iterations),
                    number(primary.get("score")), number(primary.get("scoreError")), bytes, cpu));
        }
        if (byContainer.isEmpty()) {
            byContainer.put("(no runtime)", new LinkedHashMap<>());
        }
        for (Map<String, Map<String, Score>> scores : byContainer.values()) {
            scores.putAll(everywhere);
        }
        return byContainer;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double number(Object value) {
        return value instanceof Double d ? d : Double.NaN;
    }

    static String tables(Map<String, Map<String, Score>> scores) {
        StringBuilder md = new StringBuilder();
        md.append("ns/op, median of the measurement iterations (in brackets the ratio to the floor):\n\n");
        table(md, scores, Column.BEST);
        md.append("\nns/op, JMH's mean ± 99.9% error over all iterations (in brackets the ratio to the floor):\n\n");
        table(md, scores, Column.MEAN);
        md.append("\nCPU ns/op, median of the measurement iterations (`CpuTimeProfiler`: CPU time, which waiting for "
                + "a core does not count; in brackets the ratio to the floor):\n\n");
        table(md, scores, Column.CPU);
        md.append("\nB/op allocated (`-prof gc`, gc.alloc.rate.norm; in brackets the difference to the floor):\n\n");
        table(md, scores, Column.BYTES);
        md.append('\n').append(targets(scores));
        return md.toString();
    }

    private enum Column { BEST, MEAN, CPU, BYTES }

    private static void table(StringBuilder md, Map<String, Map<String, Score>> scores, Column column) {
        md.append("| scenario |");
        for (String[] impl : IMPLEMENTATIONS) {
            md.append(' ').append(impl[1]).append(" |");
        }
        md.append("\n|---|");
        md.append("---:|".repeat(IMPLEMENTATIONS.length)).append('\n');
        for (String scenario : SCENARIOS) {
            Score floor = score(scores, "Floor", scenario);
            md.append("| ").append(scenario).append(" |");
            for (String[] impl : IMPLEMENTATIONS) {
                Score s = score(scores, impl[0], scenario);
                md.append(' ');
                if (s == null) {
                    md.append("n/a");
                } else if (column == Column.BEST) {
                    md.append(format("%.1f", s.nsPerOp));
                    if (floor != null && !impl[0].equals("Floor")) {
                        md.append(format(" (%.2fx)", s.nsPerOp / floor.nsPerOp));
                    }
                } else if (column == Column.CPU) {
                    md.append(format("%.1f", s.cpuNsPerOp));
                    if (floor != null && !impl[0].equals("Floor")) {
                        md.append(format(" (%.2fx)", s.cpuNsPerOp / floor.cpuNsPerOp));
                    }
                } else if (column == Column.MEAN) {
                    md.append(format("%.1f ± %.1f", s.mean, s.error));
                    if (floor != null && !impl[0].equals("Floor")) {
                        md.append(format(" (%.2fx)", s.mean / floor.mean));
                    }
                } else {
                    md.append(format("%.0f", s.bytesPerOp));
                    if (floor != null && !impl[0].equals("Floor")) {
                        md.append(format(" (%+.0f)", s.bytesPerOp - floor.bytesPerOp));
                    }
                }
                md.append(" |");
            }
            md.append('\n');
        }
    }

    /** The targets for the generated code, checked against these results. */
    private static String targets(Map<String, Map<String, Score>> scores) {
        StringBuilder out = new StringBuilder("Targets for the generated code (medians): allowed and no-Origin "
                + "requests at most 1.25x the floor, +0 B/op, no slower than RESTEasy's CorsFilter; preflights and "
                + "refusals at most 1.25x the floor, no slower than any other implementation\n\n");
        for (String scenario : SCENARIOS) {
            Score preflight = score(scores, "Preflight", scenario);
            Score floor = score(scores, "Floor", scenario);
            if (preflight == null || floor == null) {
                continue;
            }
            double ratio = preflight.nsPerOp / floor.nsPerOp;
            List<String> faster = new ArrayList<>();
            for (String[] impl : IMPLEMENTATIONS) {
                Score other = score(scores, impl[0], scenario);
                boolean peer = scenario.equals("PREFLIGHT") || scenario.equals("REFUSED") || impl[0].equals("Resteasy");
                if (peer && !impl[0].startsWith("Floor") && !impl[0].equals("Preflight") && other != null
                        && other.nsPerOp < preflight.nsPerOp) {
                    faster.add(impl[1]);
                }
            }
            out.append(format("- %s: %.2fx the floor (%s 1.25x); %s; %+.0f B/op over the floor%n", scenario, ratio,
                    ratio <= 1.25 ? "within" : "OVER", faster.isEmpty() ? "no peer faster"
                            : "slower than " + String.join(", ", faster),
                    preflight.bytesPerOp - floor.bytesPerOp));
        }
        return out.toString();
    }

    private static Score score(Map<String, Map<String, Score>> scores, String implementation, String scenario) {
        Map<String, Score> byScenario = scores.get(implementation);
        return byScenario == null ? null : byScenario.get(scenario);
    }

    /** Horizontal grouped bars on a logarithmic axis: the implementations differ by orders of magnitude. */
    static String svg(Map<String, Map<String, Score>> scores) {
        int bar = 13;
        int groupGap = 14;
        int left = 120;
        int plotWidth = 640;
        int top = 50;
        int legendWidth = 230;
        int groupHeight = IMPLEMENTATIONS.length * bar + groupGap;
        int height = top + SCENARIOS.length * groupHeight + 40;
        double max = 10;
        double min = 10;
        for (Map<String, Score> byScenario : scores.values()) {
            for (Score s : byScenario.values()) {
                max = Math.max(max, s.nsPerOp);
                min = Math.min(min, s.nsPerOp);
            }
        }
        double lo = Math.pow(10, Math.floor(Math.log10(min)));
        double hi = Math.pow(10, Math.ceil(Math.log10(max)));
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", left + plotWidth + legendWidth, height));
        svg.append(format("<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"));
        svg.append(format("<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">"
                + "CORS cost per request, ns/op, median (log scale, lower is better)</text>%n", left));
        for (double tick = lo; tick <= hi * 1.001; tick *= 10) {
            double x = left + plotWidth * Math.log(tick / lo) / Math.log(hi / lo);
            svg.append(format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    x, top - 5, x, height - 35));
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s ns</text>%n",
                    x, height - 20, format("%,.0f", tick)));
        }
        for (int g = 0; g < SCENARIOS.length; g++) {
            int y0 = top + g * groupHeight;
            svg.append(format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-weight=\"bold\">%s</text>%n",
                    left - 8, y0 + IMPLEMENTATIONS.length * bar / 2 + 4, SCENARIOS[g]));
            for (int i = 0; i < IMPLEMENTATIONS.length; i++) {
                Score s = score(scores, IMPLEMENTATIONS[i][0], SCENARIOS[g]);
                int y = y0 + i * bar;
                if (s == null) {
                    svg.append(format("<text x=\"%d\" y=\"%d\" fill=\"#777\">n/a</text>%n", left + 4, y + bar - 3));
                    continue;
                }
                double w = Math.max(1, plotWidth * Math.log(s.nsPerOp / lo) / Math.log(hi / lo));
                svg.append(format("<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
                        left, y, w, bar - 2, IMPLEMENTATIONS[i][2]));
                svg.append(format("<text x=\"%.1f\" y=\"%d\">%s</text>%n", left + w + 4, y + bar - 3,
                        format("%.0f", s.nsPerOp)));
            }
        }
        int lx = left + plotWidth + 50;
        for (int i = 0; i < IMPLEMENTATIONS.length; i++) {
            int y = top + i * 18;
            svg.append(format("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    lx, y, IMPLEMENTATIONS[i][2]));
            svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", lx + 18, y + 10, IMPLEMENTATIONS[i][1]));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
