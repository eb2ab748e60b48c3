package dev.preflight.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.preflight.processor.Sources.lineOf;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiled against Quarkus REST without preflight-quarkus: one error that names the extension, on the
 * first {@code @CrossOrigin}. Quarkus REST's server and the extension's marker are stood in for by classes of
 * the same names.
 */
class QuarkusRestWithoutExtensionTest {
    private static final JavaFileObject QUARKUS_REST = source("org.jboss.resteasy.reactive.server.core.Deployment", """
            package org.jboss.resteasy.reactive.server.core;

            public class Deployment {
            }
            """);
    private static final JavaFileObject EXTENSION = source("dev.preflight.quarkus.PreflightQuarkus", """
            package dev.preflight.quarkus;

            public final class PreflightQuarkus {
            }
            """);
    private static final String USERS = """
            package com.example;

            import dev.preflight.annotations.CrossOrigin;
            import jakarta.ws.rs.*;

            @Path("users")
            @CrossOrigin(origins = "https://app.example.com")
            public class Users {
                @GET public String list() { return ""; }
            }
            """;

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new PreflightProcessor()).withOptions("-Xlint:all,-processing")
                .compile(sources);
    }

    @Test
    void withoutTheExtensionOneErrorNamesIt() {
        JavaFileObject users = source("com.example.Users", USERS);
        Compilation compilation = compile(QUARKUS_REST, users);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(PreflightProcessor.MISSING_QUARKUS_EXTENSION)
                .inFile(users).onLine(lineOf(USERS, "@CrossOrigin"));
        assertThat(compilation).hadErrorContaining("add the dependency dev.preflight:preflight-quarkus");
    }

    @Test
    void withTheExtensionTheFeatureIsGenerated() {
        Compilation compilation = compile(QUARKUS_REST, EXTENSION, source("com.example.Users", USERS));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("com.example.PreflightFeature");
    }
}
