package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.preflight.processor.GenerationTest.methodKeys;
import static dev.preflight.processor.GenerationTest.policyRow;
import static dev.preflight.processor.GenerationTest.rows;

import dev.preflight.testing.Json;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental compilation as Gradle runs one for an aggregating processor, with the real javac: a
 * full build first, recording the types Gradle would record (the top-level types of the elements
 * annotated with an annotation the processor supports); then, after a change, Gradle's second build:
 * what the processor generated deleted, only the changed sources compiled, the earlier classes on the
 * class path, and the recorded types given to javac by name, so that they come from class files. The
 * feature and the audit report must hold every resource, as after a full build.
 */
class IncrementalCompilationTest {
    private static final String FEATURE = "com/example/PreflightFeature.java";
    private static final String REPORT = "META-INF/preflight/cors-policies.json";

    private static final String PACKAGE_INFO = """
            @CrossOrigin(origins = "https://app.example.com", allowedHeaders = "Content-Type")
            package com.example;

            import dev.preflight.annotations.CrossOrigin;
            """;

    /** Covered only by the package's policy: no annotation of Preflight's own. */
    private static String notes(String extraMethod) {
        return """
                package com.example;

                import jakarta.ws.rs.*;

                @Path("notes")
                public class Notes {
                    @GET public String list() { return ""; }
                    %s
                }
                """.formatted(extraMethod);
    }

    private static final String STATS = """
            package com.example;

            import jakarta.ws.rs.*;

            @Path("stats")
            public class Stats {
                @GET public String get() { return ""; }
            }
            """;

    /** The "API interface" style: the policy on an interface without a path, the path on the class. */
    private static final String AUDITED = """
            package com.example.api;

            import dev.preflight.annotations.CrossOrigin;

            @CrossOrigin(origins = "https://admin.example.com")
            public interface Audited {
            }
            """;

    private static final String AUDIT_RESOURCE = """
            package com.example;

            import jakarta.ws.rs.*;

            @Path("audit")
            public class AuditResource implements com.example.api.Audited {
                @GET public String get() { return ""; }
            }
            """;

    private static final String USERS = """
            package com.example;

            import dev.preflight.annotations.CrossOrigin;
            import jakarta.ws.rs.*;

            @Path("users")
            @CrossOrigin(exposedHeaders = "X-Total-Count")
            public class Users {
                @GET public String list() { return ""; }
            }
            """;

    /** No policy applies: only the audit report lists it. */
    private static final String PLAIN = """
            package com.other;

            import jakarta.ws.rs.*;

            @Path("plain")
            public class Plain {
                @GET public String get() { return ""; }
            }
            """;

    private static final String APP = """
            package com.example;

            import jakarta.ws.rs.ApplicationPath;
            import jakarta.ws.rs.core.Application;

            @ApplicationPath("api")
            public class App extends Application {
            }
            """;

    @TempDir
    Path dir;

    @Test
    void recompilingOneResourceAndThePackageKeepsEveryResource() throws IOException {
        Set<String> aggregated = fullBuild();
        // a resource covered only by its package, or by an interface, or not at all, is recorded too
        assertThat(aggregated).containsAtLeast("com.example.Notes", "com.example.Stats", "com.example.AuditResource",
                "com.example.api.Audited", "com.example.Users", "com.other.Plain", "com.example.App",
                "com.example.package-info");

        Set<String> recompiled = Set.of("com.example.Notes", "com.example.package-info");
        Set<String> second = incrementalBuild(aggregated, recompiled,
                source("com/example/package-info.java", PACKAGE_INFO),
                source("com/example/Notes.java", notes("@DELETE public void clear() { }")));

        assertThat(second).containsExactlyElementsIn(aggregated);
        assertEverythingIsThere(true);
    }

    @Test
    void recompilingOneResourceAloneTakesThePackagePolicyFromItsClassFile() throws IOException {
        Set<String> aggregated = fullBuild();
        incrementalBuild(aggregated, Set.of("com.example.Notes"),
                source("com/example/Notes.java", notes("@DELETE public void clear() { }")));
        assertEverythingIsThere(true);
    }

    @Test
    void recompilingAClassWithoutResourcesStillWritesTheFeature() throws IOException {
        Set<String> aggregated = fullBuild();
        incrementalBuild(aggregated, Set.of("com.example.Helper"), source("com/example/Helper.java", """
                package com.example;

                public class Helper {
                    public static int answer() { return 42; }
                }
                """));
        assertEverythingIsThere(false);
    }

    private void assertEverythingIsThere(boolean notesChanged) throws IOException {
        String feature = Files.readString(dir.resolve("generated").resolve(FEATURE));
        String packagePolicy = "\"https://app.example.com\", \"\", 0, \"Content-Type\", null, \"1800\");";
        String notesRow = policyRow(feature, "com.example.Notes#list()");
        assertThat(notesRow).endsWith(packagePolicy);
        assertThat(policyRow(feature, "com.example.Stats#get()")).isEqualTo(notesRow);
        if (notesChanged) {
            assertThat(methodKeys(notesRow)).contains("com.example.Notes#clear()");
        }
        assertThat(policyRow(feature, "com.example.AuditResource#get()"))
                .endsWith("\"https://admin.example.com\", \"\", 0, \"Content-Type\", null, \"1800\");");
        assertThat(policyRow(feature, "com.example.Users#list()"))
                .endsWith("\"https://app.example.com\", \"\", 0, \"Content-Type\", \"X-Total-Count\", \"1800\");");
        assertThat(rows(feature, "policies.add(")).hasSize(3);

        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) Json.parse(
                Files.readString(dir.resolve("classes").resolve(REPORT)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> endpoints = (List<Map<String, Object>>) report.get("endpoints");
        assertThat(endpoints.stream().map(e -> e.get("path")).distinct().toList())
                .containsAtLeast("/api/notes", "/api/stats", "/api/audit", "/api/users", "/api/plain");
        assertThat(endpoints.stream().filter(e -> e.get("resourceMethod").equals("com.other.Plain.get()")).toList())
                .containsExactly(ConfigurationTest.endpoint(report, "/api/plain", "GET"));
        assertThat(ConfigurationTest.endpoint(report, "/api/plain", "GET")).containsEntry("covered", false);
        assertThat(endpoints.stream().anyMatch(e -> e.get("resourceMethod").equals("com.example.Notes.clear()")))
                .isEqualTo(notesChanged);
        assertThat(Files.readString(dir.resolve("classes").resolve("META-INF/services/jakarta.ws.rs.core.Feature")))
                .isEqualTo("com.example.PreflightFeature\n");
    }

    /** Compiles everything; returns the types Gradle would record for the processor. */
    private Set<String> fullBuild() throws IOException {
        Set<String> aggregated = compile(List.of(), List.of(
                source("com/example/package-info.java", PACKAGE_INFO),
                source("com/example/Notes.java", notes("")),
                source("com/example/Stats.java", STATS),
                source("com/example/api/Audited.java", AUDITED),
                source("com/example/AuditResource.java", AUDIT_RESOURCE),
                source("com/example/Users.java", USERS),
                source("com/other/Plain.java", PLAIN),
                source("com/example/App.java", APP)));
        assertEverythingIsThere(false);
        return aggregated;
    }

    /**
     * Gradle's second build: deletes what the processor generated and the classes of the sources it
     * recompiles, then compiles those with the recorded types, less the recompiled ones, given by name.
     */
    private Set<String> incrementalBuild(Set<String> aggregated, Set<String> recompiled, Path... sources)
            throws IOException {
        deleteRecursively(dir.resolve("generated"));
        Path classes = dir.resolve("classes");
        deleteRecursively(classes.resolve("META-INF"));
        Files.delete(classes.resolve("com/example/PreflightFeature.class"));
        for (String name : recompiled) {
            Files.deleteIfExists(classes.resolve(name.replace('.', '/') + ".class"));
        }
        List<String> byName = new ArrayList<>();
        for (String name : aggregated) {
            // a package is not a class javac would take by name; it is read from the class path
            if (!recompiled.contains(name) && !name.endsWith("package-info")) {
                byName.add(name);
            }
        }
        return compile(byName, List.of(sources));
    }

    private Path source(String relative, String text) throws IOException {
        Path file = dir.resolve("src").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Set<String> compile(List<String> classNames, List<Path> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));
        GradleAggregating recorder = new GradleAggregating(new PreflightProcessor());
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<File> classPath = new ArrayList<>();
            classPath.add(classes.toFile());
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                classPath.add(new File(entry));
            }
            files.setLocation(StandardLocation.CLASS_PATH, classPath);
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-Xlint:all,-processing", "-Werror"),
                    classNames, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(recorder));
            boolean ok = task.call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                messages.add(d.getKind() + ": " + d.getMessage(null));
            }
            assertThat(messages).isEmpty();
            assertThat(ok).isTrue();
        }
        return recorder.aggregated;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Runs a processor and records, as Gradle does for an aggregating one, the names of the top-level
     * types (or {@code package-info}) of the elements annotated with each supported annotation present.
     */
    private static final class GradleAggregating extends AbstractProcessor {
        private final PreflightProcessor delegate;
        final Set<String> aggregated = new TreeSet<>();

        GradleAggregating(PreflightProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            delegate.init(env);
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (TypeElement annotation : annotations) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    Element top = element;
                    while (top.getEnclosingElement() != null && !(top.getEnclosingElement() instanceof PackageElement)
                            && !(top instanceof PackageElement)) {
                        top = top.getEnclosingElement();
                    }
                    aggregated.add(top instanceof PackageElement p ? p.getQualifiedName() + ".package-info"
                            : ((TypeElement) top).getQualifiedName().toString());
                }
            }
            return delegate.process(annotations, round);
        }
    }
}
