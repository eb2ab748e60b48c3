package dev.preflight.bench.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floors of {@link CompileCost}: what javac spends on any annotation processor, whatever it does.
 * javac starts annotation processing, and after every round that generated sources (and once more at
 * the end) re-enters all the compilation's classes; these two processors measure those costs alone.
 */
public final class FloorProcessors {
    private static final String CROSS_ORIGIN = "dev.preflight.annotations.CrossOrigin";

    private FloorProcessors() {
    }

    /** A processor of {@code @CrossOrigin}, as Preflight's is. */
    private abstract static class CrossOriginProcessor extends AbstractProcessor {
        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of(CROSS_ORIGIN);
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }
    }

    /** Claims {@code @CrossOrigin} and does nothing: the cost of having a processor at all. */
    public static final class Idle extends CrossOriginProcessor {
        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return !annotations.isEmpty();
        }
    }

    /**
     * Writes one empty class in the first round: the least any processor that generates source costs,
     * because the new file makes javac run a second round.
     */
    public static final class OneClass extends CrossOriginProcessor {
        private boolean written;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written && !annotations.isEmpty()) {
                written = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("com.example.generated.Floor").openWriter()) {
                    out.write("package com.example.generated;\n\nfinal class Floor {\n}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return !annotations.isEmpty();
        }
    }
}
