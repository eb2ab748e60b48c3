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
 * What the processor adds to javac's wall time: the same generated resource classes compiled in
 * process (as Maven's compiler plugin and Gradle do) with and without Preflight's processor, in
 * alternation after warm-up compiles, median of the timed ones.
 *
 * <p>Usage: {@code CompileCost [results.md]}; run with the processor and its dependencies on the class
 * path. System properties: {@code compile.sizes} (default {@code 100,1000}), {@code compile.warmup}
 * (default 3), {@code compile.runs} (default 7).
 */
public final class CompileCost {
    private static final String PROCESSOR = "dev.preflight.processor.PreflightProcessor";

    private CompileCost() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("compile.warmup", 3);
        int runs = Integer.getInteger("compile.runs", 7);
        String classpath = System.getProperty("java.class.path");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "javac in process, median of %d compiles each after %d warm-up compiles of each kind.%n%n", runs, warmup));
        md.append("| resource classes | without processor | with Preflight | added |\n|---:|---:|---:|---:|\n");
        Path work = Files.createTempDirectory("preflight-compile-cost");
        try {
            for (String size : System.getProperty("compile.sizes", "100,1000").split(",")) {
                int n = Integer.parseInt(size.strip());
                List<Path> sources = writeResources(work.resolve("src" + n), n);
                List<Double> without = new ArrayList<>();
                List<Double> with = new ArrayList<>();
                for (int i = 0; i < warmup + runs; i++) {
                    double a = compile(javac, sources, work.resolve("out"), classpath, false);
                    double b = compile(javac, sources, work.resolve("out"), classpath, true);
                    if (i >= warmup) {
                        without.add(a);
                        with.add(b);
                    }
                }
                double plain = median(without);
                double processed = median(with);
                String row = String.format(Locale.ROOT, "| %,d | %.0f ms | %.0f ms | %+.1f%% |%n", n, plain, processed,
                        100 * (processed - plain) / plain);
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

    /** One compile into a fresh output directory; milliseconds of wall time. */
    private static double compile(JavaCompiler javac, List<Path> sources, Path out, String classpath, boolean processor)
            throws IOException {
        delete(out);
        Files.createDirectories(out);
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-cp", classpath,
                "-implicit:none", "-Xlint:none"));
        if (processor) {
            options.addAll(List.of("-processorpath", classpath, "-processor", PROCESSOR));
        } else {
            options.add("-proc:none");
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            long start = System.nanoTime();
            boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
            double millis = (System.nanoTime() - start) / 1e6;
            if (!ok) {
                throw new IllegalStateException("compile failed:\n" + diagnostics);
            }
            if (processor && !Files.exists(out.resolve("com/example/generated/PreflightFeature.class"))) {
                throw new IllegalStateException("the processor did not run: no PreflightFeature");
            }
            return millis;
        }
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
