package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.preflight.processor.Sources.lineOf;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Without preflight-runtime on the compile classpath: one error that names the dependency, and nothing generated. */
class MissingRuntimeTest {
    private static final String RUNTIME_CLASS = "dev/preflight/runtime/PolicyTable.class";

    /** The test's own classpath (annotations, Jakarta REST API, ...) without the runtime, which the processor itself uses. */
    private static List<File> classpathWithoutRuntime() {
        List<File> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File file = new File(entry);
            if (!holdsRuntime(file)) {
                entries.add(file);
            }
        }
        return entries;
    }

    private static boolean holdsRuntime(File entry) {
        if (entry.isDirectory()) {
            return new File(entry, RUNTIME_CLASS).exists();
        }
        if (!entry.isFile()) {
            return false;
        }
        try (JarFile jar = new JarFile(entry)) {
            return jar.getEntry(RUNTIME_CLASS) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void oneErrorNamingTheArtifactOnTheFirstAnnotatedClass() {
        List<File> classpath = classpathWithoutRuntime();
        assertThat(classpath.size()).isLessThan(System.getProperty("java.class.path").split(File.pathSeparator).length);
        String users = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("users")
                @CrossOrigin(origins = "https://app.example.com")
                public class Users {
                    @GET public String list() { return ""; }
                    @DELETE @Path("{id}") @CrossOrigin(origins = "https://admin.example.com")
                    public void delete(@PathParam("id") long id) { }
                }
                """;
        String ordersText = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("orders")
                @CrossOrigin(origins = "https://app.example.com") // HERE
                public class Orders {
                    @GET public String list() { return ""; }
                }
                """;
        JavaFileObject file = source("com.example.Users", users);
        JavaFileObject orders = source("com.example.Orders", ordersText);
        Compilation compilation = javac().withProcessors(new PreflightProcessor()).withClasspath(classpath)
                .withOptions("-Xlint:all,-processing").compile(orders, file);

        assertThat(compilation).failed();
        assertThat(compilation.errors()).hasSize(1);
        assertThat(compilation).hadErrorContaining("dev.preflight:preflight-runtime is not on the compile classpath")
                .inFile(orders).onLine(lineOf(ordersText, "// HERE"));
        assertThat(compilation).hadErrorContaining("with compile scope");
        // the only error: a generated PreflightFeature would have added "package dev.preflight.runtime does not exist"
        assertThat(compilation.errors().get(0).getMessage(null)).doesNotContain("does not exist");
    }
}
