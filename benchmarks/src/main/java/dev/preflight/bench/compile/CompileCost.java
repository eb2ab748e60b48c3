package dev.preflight.bench.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the processor adds to javac's time: the same generated resource classes compiled in
 * process (as Maven's compiler plugin and Gradle do) without a processor, with the two floors of
 * {@link FloorProcessors} (an idle processor, and one that writes a single empty class) and with
 * Preflight's processor, in turns after warm-up compiles, median of the timed ones.
 *
 * <p>Each compile is timed by the wall clock, which is what a build waits for; run it on a quiet
 * machine. {@code compile.clock=cpu} times by the CPU time this JVM spends instead (javac's thread, the
 * garbage collector's and the JIT compiler's), which other work on the machine does not inflate by
 * waiting for a core, but which varies more from run to run with what the JIT compiler does.
 *
 * <p>Usage: {@code CompileCost [results.md]}; run with the processor and its dependencies on the class
 * path. System properties: {@code compile.sizes} (default {@code 100,1000}), {@code compile.warmup}
 * (default 3), {@code compile.runs} (default 7), {@code compile.clock} ({@code wall}, the default, or
 * {@code cpu}).
 */
public final class CompileCost {
    private static final String PROCESSOR = "dev.preflight.processor.PreflightProcessor";
    /** The processors compared, {@code null} for none; the last is Preflight's. */
    private static final List<String> SETUPS = java.util.Arrays.asList(null, FloorProcessors.Idle.class.getName(),
            FloorProcessors.OneClass.class.getName(), PROCESSOR);

    private static final boolean WALL_CLOCK = !"cpu".equals(System.getProperty("compile.clock", "wall"));

    private CompileCost() {
    }

    /** Nanoseconds on the clock chosen by {@code compile.clock}. */
    private static long now() {
        if (WALL_CLOCK) {
            return System.nanoTime();
        }
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean process) {
            return process.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report process CPU time; run with -Dcompile.clock=wall");
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("compile.warmup", 3);
        int runs = Integer.getInteger("compile.runs", 7);
        String classpath = System.getProperty("java.class.path");
        String processorPath = processorPath(classpath);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "javac in process, %s, median of %d compiles each after %d warm-up compiles of each kind.%n%n",
                WALL_CLOCK ? "wall-clock time" : "CPU time of the compiling JVM", runs, warmup));
        md.append("| resource classes | without processor | idle processor | processor writing one class "
                + "| Preflight | Preflight added | over the one-class floor |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        Path work = Files.createTempDirectory("preflight-compile-cost");
        try {
            for (String size : System.getProperty("compile.sizes", "100,1000").split(",")) {
                int n = Integer.parseInt(size.strip());
                List<Path> sources = writeResources(work.resolve("src" + n), n);
                List<List<Double>> times = new ArrayList<>();
                SETUPS.forEach(s -> times.add(new ArrayList<>()));
                for (int i = 0; i < warmup + runs; i++) {
                    for (int s = 0; s < SETUPS.size(); s++) {
                        double millis = compile(javac, sources, work.resolve("out"), classpath, processorPath,
                                SETUPS.get(s));
                        if (i >= warmup) {
                            times.get(s).add(millis);
                        }
                    }
                }
                double plain = median(times.get(0));
                double idle = median(times.get(1));
                double oneClass = median(times.get(2));
                double preflight = median(times.get(3));
                String row = String.format(Locale.ROOT, "| %,d | %.0f ms | %.0f ms (%+.0f%%) | %.0f ms (%+.0f%%) "
                        + "| %.0f ms | %+.1f%% | %+.1f%% |%n", n, plain, idle, 100 * (idle - plain) / plain, oneClass,
                        100 * (oneClass - plain) / plain, preflight, 100 * (preflight - plain) / plain,
                        100 * (preflight - oneClass) / plain);
                System.out.print(row);
                md.append(row);
            }
        } finally {
            delete(work);
        }
        System.out.print(md);
        if (args.length > 0) {
            Files.createDirectories(Path.of(args[0]).toAbsolutePath().getParent());
            Files.writeString(Path.of(args[0]), md.toString(), StandardCharsets.UTF_8);
        }
    }

    /** Resource classes like the benchmarks' realistic one: 3 paths, 4 methods, one class-level policy. */
    static List<Path> writeResources(Path dir, int n) throws IOException {
        Path pkg = dir.resolve("com/example/generated");
        Files.createDirectories(pkg);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "Resource" + i;
            Path file = pkg.resolve(name + ".java");
            Files.writeString(file, """
                    package com.example.generated;

                    import dev.preflight.annotations.CrossOrigin;
                    import jakarta.ws.rs.*;

                    @Path("things-%1$d")
                    @CrossOrigin(origins = {"https://app.example.com", "https://admin-%1$d.example.com"},
                            allowedHeaders = {"Authorization", "Content-Type"},
                            exposedHeaders = "X-Total-Count",
                            allowCredentials = true)
                    public class %2$s {
                        @GET
                        public String list() {
                            return "[]";
                        }

                        @POST
                        @Consumes("application/json")
                        public String create(String body) {
                            return body;
                        }

                        @PUT
                        @Path("{id: [0-9]+}")
                        @Consumes("application/json")
                        public String update(@PathParam("id") long id, String body) {
                            return body;
                        }

                        @DELETE
                        @Path("{id: [0-9]+}/avatar")
                        @CrossOrigin(origins = "https://admin-%1$d.example.com")
                        public void deleteAvatar(@PathParam("id") long id) {
                        }
                    }
                    """.formatted(i, name), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** One compile into a fresh output directory with {@code processor} (or none); milliseconds on the chosen clock. */
    private static double compile(JavaCompiler javac, List<Path> sources, Path out, String classpath,
            String processorPath, String processor) throws IOException {
        delete(out);
        Files.createDirectories(out);
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-cp", classpath,
                "-implicit:none", "-Xlint:none"));
        if (processor != null) {
            options.addAll(List.of("-processorpath", processorPath, "-processor", processor));
        } else {
            options.add("-proc:none");
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            long start = now();
            boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
            double millis = (now() - start) / 1e6;
            if (!ok) {
                throw new IllegalStateException("compile failed:\n" + diagnostics);
            }
            if (PROCESSOR.equals(processor)
                    && !Files.exists(out.resolve("com/example/generated/PreflightFeature.class"))) {
                throw new IllegalStateException("the processor did not run: no PreflightFeature");
            }
            return millis;
        }
    }

    /**
     * What a build puts on the processor path: Preflight's processor and what it needs, and this
     * module's classes for the floors; not the benchmarks' servers and their libraries.
     */
    static String processorPath(String classpath) {
        String own = Path.of(CompileCost.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> entry.equals(own) || entry.matches(".*(preflight-|/processor/|/runtime/|/annotations/"
                        + "|javapoet|guava|failureaccess|icu4j).*"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
