package dev.preflight.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import dev.preflight.processor.emit.AuditReportWriter;
import dev.preflight.processor.emit.FeatureWriter;
import dev.preflight.processor.emit.ServiceFileWriter;
import dev.preflight.processor.model.ApplicationPath;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.plan.CorsPlan;
import dev.preflight.processor.read.ResourceReader;
import dev.preflight.processor.resolve.Resolution;
import dev.preflight.processor.resolve.Resolver;
import dev.preflight.processor.validate.Validator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
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
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Preflight's annotation processor, a fixed pipeline per round:
 * <ol>
 *   <li><b>read</b> ({@link ResourceReader}): the classes carrying {@code @CrossOrigin} into the plain
 *       model: paths, HTTP methods and declarations;</li>
 *   <li><b>resolve</b> ({@link Resolver}): each resource method's merged policy, path and coverage,
 *       computed once for the stages after it;</li>
 *   <li><b>validate</b> ({@link Validator}): pure rules over the resolved model; any error stops the
 *       round before anything is written;</li>
 *   <li><b>plan</b> ({@link CorsPlan}): the distinct policies and the resource methods each covers;</li>
 *   <li><b>emit</b>: one {@code PreflightFeature} per round that holds every policy, its service files
 *       and the audit report, as text that this class writes through the {@code Filer}.</li>
 * </ol>
 * Each stage depends only on those before it and on the shared model ({@code ArchitectureTest}).
 * It is aggregating: the feature depends on every resource class of the compilation.
 *
 * <p>Gradle's rules for an aggregating processor (declared in
 * {@code META-INF/gradle/incremental.annotation.processors}) decide what an incremental compilation
 * shows it. Gradle records, for every round, the top-level types of the elements annotated with an
 * annotation the processor supports ("aggregated types"). When some sources change, it deletes what
 * the processor generated, recompiles only the changed sources (and those that depend on them), and
 * passes the aggregated types of the previous build to javac as class names: they come from class files,
 * are reprocessed but not recompiled. The root elements of such a round are therefore the recompiled
 * sources plus those classes, and nothing else: a resource class that carries none of the supported
 * annotations, say one covered only by its package's or the application's {@code @CrossOrigin}, would
 * silently drop out of {@code PreflightFeature}. So the processor supports {@code @Path}, the HTTP
 * method designators and {@code @ApplicationPath} besides {@code @CrossOrigin}, which makes every
 * resource class an aggregated type, and finds resources among the elements annotated with them as well
 * as among the root elements. The other rules it keeps: every supported annotation has {@code CLASS} or
 * {@code RUNTIME} retention (Gradle falls back to full recompilation for a {@code SOURCE} one); files are
 * written only through the {@code Filer}, to {@code SOURCE_OUTPUT} and {@code CLASS_OUTPUT}; no
 * compiler-specific API; no parameter names read. Supporting "*" instead would make every class an
 * aggregated type, reprocessed on every change.
 */
@AutoService(Processor.class)
public final class PreflightProcessor extends AbstractProcessor {
    private final Set<String> features = new LinkedHashSet<>();
    private final List<AuditReportWriter.Endpoint> endpoints = new ArrayList<>();
    private final Map<String, ApplicationPath> applicationPaths = new TreeMap<>();
    private int featureRounds;
    private boolean missingDependencyReported;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> supported = new LinkedHashSet<>();
        supported.add(PreflightProcessorInfo.CROSS_ORIGIN);
        supported.addAll(PreflightProcessorInfo.JAKARTA_REST);
        return supported;
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
                    writeServiceFile(ServiceFileWriter.FEATURE_SERVICES, features);
                    List<String> listed = new ArrayList<>();
                    features.forEach(f -> listed.add(f + "$" + FeatureWriter.LISTED_PROVIDER));
                    writeServiceFile(ServiceFileWriter.PROVIDER_SERVICES, listed);
                    if (!"false".equals(processingEnv.getOptions().get(PreflightProcessorInfo.REPORT_OPTION))) {
                        writeResource(AuditReportWriter.REPORT, AuditReportWriter.toJson(endpoints,
                                List.copyOf(applicationPaths.values())));
                    }
                }
                return false;
            }
            if (annotations.isEmpty()) {
                return false; // a later round without resources: nothing to read
            }
            TypeElement crossOrigin = processingEnv.getElementUtils().getTypeElement(PreflightProcessorInfo.CROSS_ORIGIN);
            Set<? extends Element> annotated = crossOrigin == null ? Set.of() : round.getElementsAnnotatedWith(crossOrigin);
            if (!annotated.isEmpty() && (!runtimeOnClasspath(annotated, crossOrigin)
                    || quarkusRestWithoutExtension(annotated, crossOrigin))) {
                return false;
            }
            // a round whose resources take their policy from a package or an application that is not
            // among its root elements (an incremental compilation) still has to produce the feature
            processRound(annotated, candidates(annotations, round), reporter);
        } catch (IOException | RuntimeException e) {
            reporter.bug(null, e);
        }
        // Never claimed: @Path and the HTTP method designators belong to Jakarta REST, and claiming them
        // would hide them from the processors that come after this one. @CrossOrigin is not claimed
        // either: javac claims all the annotations a processor was given or none of them.
        return false;
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
        if (!missingDependencyReported) {
            missingDependencyReported = true;
            reportOnFirst(annotated, crossOrigin, MISSING_RUNTIME);
        }
        return false;
    }

    /**
     * Whether the application is compiled against Quarkus REST without {@code preflight-quarkus}: Quarkus
     * REST reads no feature from service files and drops a dynamic feature a feature registers, so the
     * generated feature would never run there, and nothing at run time would say so. One error, once per
     * compilation, on the first {@code @CrossOrigin}; nothing is generated.
     */
    private boolean quarkusRestWithoutExtension(Set<? extends Element> annotated, TypeElement crossOrigin) {
        if (processingEnv.getElementUtils().getTypeElement(QUARKUS_REST_CLASS) == null
                || processingEnv.getElementUtils().getTypeElement(QUARKUS_EXTENSION_CLASS) != null) {
            return false;
        }
        if (!missingDependencyReported) {
            missingDependencyReported = true;
            reportOnFirst(annotated, crossOrigin, MISSING_QUARKUS_EXTENSION);
        }
        return true;
    }

    /** An error on the first {@code @CrossOrigin}: the classes first, then by name, so that it is stable. */
    private void reportOnFirst(Set<? extends Element> annotated, TypeElement crossOrigin, String message) {
        Element first = annotated.stream()
                .min(Comparator.comparing((Element e) -> e.getKind().isClass() || e.getKind().isInterface() ? 0 : 1)
                        .thenComparing(e -> e.toString()))
                .orElseThrow();
        AnnotationMirror mirror = first.getAnnotationMirrors().stream()
                .filter(m -> m.getAnnotationType().asElement().equals(crossOrigin))
                .findFirst().orElse(null);
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, first, mirror);
    }

    /** A class of Quarkus REST's server (resteasy-reactive), on the compile classpath of its applications. */
    private static final String QUARKUS_REST_CLASS = "org.jboss.resteasy.reactive.server.core.Deployment";
    /** The class that marks preflight-quarkus on the classpath. */
    private static final String QUARKUS_EXTENSION_CLASS = "dev.preflight.quarkus.PreflightQuarkus";

    static final String MISSING_QUARKUS_EXTENSION = "[preflight] Quarkus REST is on the compile classpath but "
            + "dev.preflight:preflight-quarkus is not. Quarkus REST does not read the service file that registers "
            + "the generated PreflightFeature elsewhere, so CORS would be off: add the dependency "
            + "dev.preflight:preflight-quarkus (it brings preflight-runtime). Nothing was generated.";

    /** A class of preflight-runtime that the generated code calls. */
    private static final String RUNTIME_CLASS = "dev.preflight.runtime.PolicyTable";

    static final String MISSING_RUNTIME = "[preflight] dev.preflight:preflight-runtime is not on the compile classpath. "
            + "The PreflightFeature generated for @CrossOrigin calls it, at compile time and at run time: add the "
            + "dependency dev.preflight:preflight-runtime with compile scope (the default; not provided, not test). "
            + "Nothing was generated, so CORS would be off.";

    /**
     * The root elements and the types that carry a supported Jakarta REST annotation themselves or on a
     * member: javac counts classes given by name (as Gradle passes those it reprocesses) among the root
     * elements, but another compiler need not, and the annotated elements are what Gradle records.
     */
    private static Set<Element> candidates(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<Element> candidates = new LinkedHashSet<>(round.getRootElements());
        Set<TypeElement> jakartaRest = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            if (PreflightProcessorInfo.JAKARTA_REST.contains(annotation.getQualifiedName().toString())) {
                jakartaRest.add(annotation);
            }
        }
        if (jakartaRest.isEmpty()) {
            return candidates;
        }
        // one walk over the round's elements for all of them: javac walks every root element per call
        for (Element element : round.getElementsAnnotatedWithAny(jakartaRest.toArray(new TypeElement[0]))) {
            Element type = element;
            while (type != null && !(type instanceof TypeElement)) {
                type = type.getEnclosingElement();
            }
            if (type != null) {
                candidates.add(type);
            }
        }
        return candidates;
    }

    private void processRound(Set<? extends Element> annotated, Set<Element> candidates, ErrorReporter reporter)
            throws IOException {
        ResourceReader.Result read = new ResourceReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils())
                .read(annotated, candidates);
        reporter.report(read.findings());
        read.applicationPaths().forEach(a -> applicationPaths.put(a.application(), a));
        Resolution resolution = Resolver.resolve(read.resources(), read.unannotated(), read.locatorPolicies());
        reporter.report(Validator.validate(resolution));
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
        endpoints.addAll(AuditReportWriter.endpoints(resolution));
        CorsPlan plan = CorsPlan.of(resolution.withPolicy());
        if (plan.rows().isEmpty()) {
            return;
        }
        ClassName feature = featureName(plan);
        FeatureWriter.write(feature, plan).writeTo(processingEnv.getFiler());
        features.add(feature.canonicalName());
    }

    /** Writes the services file {@code path}, keeping the entries a file the project has there already lists. */
    private void writeServiceFile(String path, Collection<String> entries) throws IOException {
        String existing = null;
        try (java.io.Reader in = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", path)
                .openReader(true)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            existing = text.toString();
        } catch (IOException | IllegalArgumentException noFileYet) {
            // nothing to keep
        }
        writeResource(path, ServiceFileWriter.contents(existing, entries));
    }

    private void writeResource(String path, String text) throws IOException {
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
        try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            out.write(text);
        }
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
