package dev.preflight.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Claims what only Preflight puts in a compilation, {@code @CrossOrigin} and, in a round where every
 * {@code @Generated} is on a class Preflight generated, {@code @Generated}, so that javac's
 * {@code -Xlint:processing} ("No processor claimed any of these annotations") does not name them
 * because of Preflight. Where another processor's output carries {@code @Generated} in the same round,
 * nothing is claimed: that annotation is not Preflight's to take from the processors after this one. {@link PreflightProcessor} cannot claim
 * them itself: it also supports {@code @Path} and the HTTP method designators, and javac claims all the
 * annotations a processor was given, or none. Reads and writes nothing.
 *
 * <p>It must run after {@link PreflightProcessor}, which its name ensures: javac calls processors in
 * the order of the service file, which AutoService sorts. A claimed annotation is no longer passed to
 * the processors after this one.
 */
@AutoService(Processor.class)
public final class PreflightProcessorClaims extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(PreflightProcessorInfo.CROSS_ORIGIN, GENERATED);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(GENERATED)) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    if (!generatedByPreflight(element)) {
                        return false;
                    }
                }
            }
        }
        return !annotations.isEmpty();
    }

    private static final String GENERATED = "javax.annotation.processing.Generated";

    private static boolean generatedByPreflight(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().asElement() instanceof TypeElement type
                    && type.getQualifiedName().contentEquals(GENERATED)) {
                for (var e : mirror.getElementValues().entrySet()) {
                    ExecutableElement key = e.getKey();
                    AnnotationValue value = e.getValue();
                    if (key.getSimpleName().contentEquals("value") && value.getValue() instanceof java.util.List<?> list
                            && list.size() == 1 && list.get(0) instanceof AnnotationValue only
                            && PreflightProcessorInfo.NAME.equals(only.getValue())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
