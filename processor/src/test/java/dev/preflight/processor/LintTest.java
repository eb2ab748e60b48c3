package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * javac's {@code -Xlint:processing}: as soon as any processor runs, it names every annotation of the
 * sources that no processor claimed. Preflight claims its own and never Jakarta REST's.
 */
class LintTest {
    private static final String UNCLAIMED = "No processor claimed any of these annotations: ";

    /** The processors as javac discovers them: those of the service file, in its order. */
    private static Compilation compileDiscovering(JavaFileObject... sources) {
        List<javax.annotation.processing.Processor> processors = new java.util.ArrayList<>();
        for (String name : serviceFile("/META-INF/services/javax.annotation.processing.Processor")) {
            try {
                processors.add((javax.annotation.processing.Processor) Class.forName(name)
                        .getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return javac().withProcessors(processors).withOptions("-Xlint:all").compile(sources);
    }

    private static List<String> serviceFile(String resource) {
        try (InputStream in = PreflightProcessor.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> unclaimed(Compilation compilation) {
        return compilation.warnings().stream()
                .map(w -> w.getMessage(null))
                .filter(m -> m.startsWith(UNCLAIMED))
                .toList();
    }

    @Test
    void theProcessorsRunInTheOrderThatLetsPreflightSeeItsAnnotationBeforeItIsClaimed() {
        assertThat(serviceFile("/META-INF/services/javax.annotation.processing.Processor")).containsExactly(
                PreflightProcessor.class.getName(), PreflightProcessorClaims.class.getName()).inOrder();
        // Gradle compiles everything again, every time, if one processor of the path is not declared
        assertThat(serviceFile("/META-INF/gradle/incremental.annotation.processors")).containsExactly(
                PreflightProcessor.class.getName() + ",aggregating",
                PreflightProcessorClaims.class.getName() + ",isolating");
    }

    @Test
    void onlyJakartaRestAnnotationsAreLeftUnclaimed() {
        Compilation compilation = compileDiscovering(Sources.userResource());
        assertThat(compilation.generatedSourceFile("com.example.PreflightFeature")).isPresent();
        List<String> unclaimed = unclaimed(compilation);
        // the first round: the resource's annotations; Jakarta REST's stay unclaimed, for processors
        // after Preflight's; the second round: the @Generated (SOURCE retention) of the generated feature
        assertThat(unclaimed).hasSize(2);
        List<String> names = List.of(unclaimed.get(0).substring(UNCLAIMED.length()).split(","));
        assertThat(names).isNotEmpty();
        for (String name : names) {
            assertThat(name).matches("/?jakarta\\.ws\\.rs\\.[A-Za-z]+");
        }
        assertThat(unclaimed.get(1)).isEqualTo(UNCLAIMED + "java.compiler/javax.annotation.processing.Generated");
        assertThat(compilation.warnings().stream().filter(w -> w.getKind() == Diagnostic.Kind.WARNING).count())
                .isEqualTo(2);
    }

    private static final JavaFileObject AUDITED = Sources.source("com.example.api.Audited", """
            package com.example.api;

            import dev.preflight.annotations.CrossOrigin;

            @CrossOrigin(origins = "https://admin.example.com")
            public interface Audited {
            }
            """);

    @Test
    void crossOriginAloneIsReadByPreflightThenClaimed() {
        // only @CrossOrigin in the sources: Preflight still reads it (E10, no @Path anywhere), so it ran
        // before its annotation was claimed
        Compilation compilation = compileDiscovering(AUDITED);
        assertThat(compilation.errors()).hasSize(1);
        assertThat(compilation.errors().get(0).getMessage(null)).startsWith("[preflight E10]");
        assertThat(unclaimed(compilation)).isEmpty();
    }
}
