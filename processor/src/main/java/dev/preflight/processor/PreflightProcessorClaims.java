package dev.preflight.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @CrossOrigin}, which only Preflight reads, so that javac's {@code -Xlint:processing}
 * ("No processor claimed any of these annotations") does not name it because of Preflight.
 * {@link PreflightProcessor} cannot claim it itself: it also supports {@code @Path} and the HTTP method
 * designators, and javac claims all the annotations a processor was given, or none. Reads and writes
 * nothing.
 *
 * <p>It does not claim the {@code @Generated} of the generated feature: that annotation has
 * {@code SOURCE} retention, and Gradle compiles everything again when an incremental processor supports
 * one. It must run after {@link PreflightProcessor}, which its name ensures: javac calls processors in
 * the order of the service file, which AutoService sorts. A claimed annotation is no longer passed to
 * the processors after this one.
 */
@AutoService(Processor.class)
public final class PreflightProcessorClaims extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(PreflightProcessorInfo.CROSS_ORIGIN);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return !annotations.isEmpty();
    }
}
