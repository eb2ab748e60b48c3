package dev.preflight.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.preflight.processor.emit.AuditReportWriter;
import dev.preflight.processor.emit.FeatureWriter;
import dev.preflight.processor.emit.ServiceFileWriter;
import dev.preflight.processor.plan.CorsPlan;
import dev.preflight.processor.model.ApplicationPath;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.read.ResourceReader;
import dev.preflight.processor.validate.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Preflight's annotation processor, a fixed pipeline per round:
 * <ol>
 *   <li><b>read</b> ({@link ResourceReader}): the classes carrying {@code @CrossOrigin} into the plain
 *       model: paths, HTTP methods and declarations;</li>
 *   <li><b>validate</b> ({@link Validator}): pure rules over the model; any error stops the round
 *       before anything is written;</li>
 *   <li><b>plan</b> ({@link CorsPlan}): merged policies, header values and the path table;</li>
 *   <li><b>emit</b>: one {@code PreflightFeature} per round that holds every policy and route, its
 *       service file and the audit report.</li>
 * </ol>
 * It is aggregating: the feature depends on every annotated class of the compilation.
 */
@AutoService(Processor.class)
public final class PreflightProcessor extends AbstractProcessor {
    private final Set<String> features = new LinkedHashSet<>();
    private final List<AuditReportWriter.Endpoint> endpoints = new ArrayList<>();
    private final Map<String, ApplicationPath> applicationPaths = new TreeMap<>();
    private int featureRounds;
    private boolean missingRuntimeReported;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(PreflightProcessorInfo.CROSS_ORIGIN);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(PreflightProcessorInfo.FEATURE_PACKAGE_OPTION, PreflightProcessorInfo.REPORT_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        ErrorReporter reporter = new ErrorReporter(processingEnv.getMessager());
        try {
            if (round.processingOver()) {
                if (!features.isEmpty()) {
                    ServiceFileWriter.write(processingEnv.getFiler(), features);
                    List<String> listed = new ArrayList<>();
                    features.forEach(f -> listed.add(f + "$" + FeatureWriter.LISTED_PROVIDER));
                    ServiceFileWriter.write(processingEnv.getFiler(), ServiceFileWriter.PROVIDER_SERVICES, listed);
                    if (!"false".equals(processingEnv.getOptions().get(PreflightProcessorInfo.REPORT_OPTION))) {
                        AuditReportWriter.write(processingEnv.getFiler(), endpoints,
                                List.copyOf(applicationPaths.values()));
                    }
                }
                return false;
            }
            TypeElement crossOrigin = processingEnv.getElementUtils().getTypeElement(PreflightProcessorInfo.CROSS_ORIGIN);
            if (crossOrigin == null) {
                return false;
            }
            Set<? extends Element> annotated = round.getElementsAnnotatedWith(crossOrigin);
            if (!annotated.isEmpty() && runtimeOnClasspath(annotated, crossOrigin)) {
                processRound(annotated, round, reporter);
            }
        } catch (IOException | RuntimeException e) {
            reporter.bug(null, e);
        }
        // @CrossOrigin is ours alone: claiming it keeps -Xlint:processing quiet in user builds
        return !annotations.isEmpty();
    }

    /**
     * Whether the code to generate can compile: it calls {@code preflight-runtime}. Without it javac
     * would only say that a package of the generated file does not exist; this says which dependency
     * to add, once per compilation, on the first {@code @CrossOrigin}, and nothing is generated.
     */
    private boolean runtimeOnClasspath(Set<? extends Element> annotated, TypeElement crossOrigin) {
        if (processingEnv.getElementUtils().getTypeElement(RUNTIME_CLASS) != null) {
            return true;
        }
        if (!missingRuntimeReported) {
            missingRuntimeReported = true;
            Element first = annotated.stream()
                    .min(Comparator.comparing((Element e) -> e.getKind().isClass() || e.getKind().isInterface() ? 0 : 1)
                            .thenComparing(e -> e.toString()))
                    .orElseThrow();
            AnnotationMirror mirror = first.getAnnotationMirrors().stream()
                    .filter(m -> m.getAnnotationType().asElement().equals(crossOrigin))
                    .findFirst().orElse(null);
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, MISSING_RUNTIME, first, mirror);
        }
        return false;
    }

    /** A class of preflight-runtime that the generated code calls. */
    private static final String RUNTIME_CLASS = "dev.preflight.runtime.PolicyTable";

    static final String MISSING_RUNTIME = "[preflight] dev.preflight:preflight-runtime is not on the compile classpath. "
            + "The PreflightFeature generated for @CrossOrigin calls it, at compile time and at run time: add the "
            + "dependency dev.preflight:preflight-runtime with compile scope (the default; not provided, not test). "
            + "Nothing was generated, so CORS would be off.";

    private void processRound(Set<? extends Element> annotated, RoundEnvironment round, ErrorReporter reporter) throws IOException {
        ResourceReader.Result read = new ResourceReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils())
                .read(annotated, round.getRootElements());
        reporter.report(read.findings());
        read.applicationPaths().forEach(a -> applicationPaths.put(a.application(), a));
        reporter.report(Validator.validate(read.resources(), read.unannotated(), read.locatorPolicies()));
        if (reporter.hasErrors()) {
            return;
        }
        String featurePackage = processingEnv.getOptions().get(PreflightProcessorInfo.FEATURE_PACKAGE_OPTION);
        if (featurePackage != null && !featurePackage.isEmpty() && !SourceVersion.isName(featurePackage)) {
            reporter.error("[preflight] option -A" + PreflightProcessorInfo.FEATURE_PACKAGE_OPTION + "="
                    + featurePackage + " is not a package name; write a qualified name such as com.example.web, "
                    + "or leave the option out to put PreflightFeature in the resources' common package");
            return;
        }
        List<Resource> all = new ArrayList<>(read.resources());
        all.addAll(read.unannotated());
        endpoints.addAll(AuditReportWriter.endpoints(all));
        CorsPlan plan = CorsPlan.of(read.resources());
        if (plan.policies().isEmpty()) {
            return;
        }
        ClassName feature = featureName(plan);
        FeatureWriter.write(feature, plan).writeTo(processingEnv.getFiler());
        features.add(feature.canonicalName());
    }

    /**
     * {@code PreflightFeature} in the option's package, else in the deepest package that contains
     * every resource; a later round (sources generated by other processors) gets its own feature.
     */
    private ClassName featureName(CorsPlan plan) {
        String packageName = processingEnv.getOptions().get(PreflightProcessorInfo.FEATURE_PACKAGE_OPTION);
        if (packageName == null) {
            for (Resource resource : plan.resources()) {
                String p = resource.packageName();
                packageName = packageName == null ? p : commonPackage(packageName, p);
            }
        }
        featureRounds++;
        return ClassName.get(packageName == null ? "" : packageName,
                featureRounds == 1 ? "PreflightFeature" : "PreflightFeature" + featureRounds);
    }

    private static String commonPackage(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        StringBuilder common = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            common.append(i == 0 ? "" : ".").append(x[i]);
        }
        return common.toString();
    }
}
