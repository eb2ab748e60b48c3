package dev.preflight.processor.read;

import static dev.preflight.processor.read.Mirrors.stringValue;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.HeaderRead;
import dev.preflight.processor.model.Locator;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.runtime.PathPattern;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Reads one resource class, root or reached through locators, into the model. */
final class ResourceClassReader {
    private final Mirrors mirrors;
    private final JakartaRestAnnotations jakartaRest;
    private final CrossOriginReader crossOrigin;
    private final MethodInputs inputs;
    private final RuntimeTypeNames names;

    ResourceClassReader(Mirrors mirrors, JakartaRestAnnotations jakartaRest, CrossOriginReader crossOrigin,
            MethodInputs inputs, RuntimeTypeNames names) {
        this.mirrors = mirrors;
        this.jakartaRest = jakartaRest;
        this.crossOrigin = crossOrigin;
        this.inputs = inputs;
        this.names = names;
    }

    /** A sub-resource locator of the class read: its path and its own {@code @CrossOrigin}, if any. */
    record LocatorMethod(ExecutableElement method, String path, DeclaredPolicy policy) {
    }

    /**
     * Reads a resource class: each resource method, with the path and the declarations that apply to
     * it, and (into {@code locators}) each sub-resource locator.
     *
     * @param path the class path for a root resource, else the path of the locators that lead to it
     * @param via the declarations met through locators on the way, outermost first
     * @param chain the locators on the way
     */
    Resource read(TypeElement type, String path, DeclaredPolicy classPolicy, List<DeclaredPolicy> defaults,
            List<DeclaredPolicy> via, List<Locator> chain, List<Finding> findings, List<LocatorMethod> locators) {
        List<ResourceMethod> methods = new ArrayList<>();
        List<HeaderRead> fieldReads = inputs.fieldReads(type);
        for (ExecutableElement method : jakartaRest.instanceMethods(type)) {
            ExecutableElement source = jakartaRest.jaxRsSource(type, method);
            DeclaredPolicy methodPolicy = crossOrigin.methodPolicy(method, source);
            String httpMethod = jakartaRest.httpMethod(source);
            String methodPath = stringValue(mirrors.annotation(source, JakartaRestAnnotations.PATH));
            if (httpMethod == null) {
                if (methodPath != null) {
                    locators.add(new LocatorMethod(method, methodPath, methodPolicy));
                } else if (methodPolicy != null) {
                    findings.add(notAResourceMethod(method, methodPolicy));
                }
                continue;
            }
            methods.add(new ResourceMethod(mirrors.site(method, null), method.getSimpleName().toString(),
                    names.parameterTypes(method), httpMethod, join(path, methodPath), classPolicy, methodPolicy,
                    defaults, via, chain, inputs.headerReads(source, fieldReads), inputs.consumes(type, source),
                    mirrors.site(source, jakartaRest.httpMethodAnnotation(source))));
        }
        return new Resource(mirrors.site(type, null), type.getQualifiedName().toString(), names.reportedAs(type),
                packageOf(type), simpleNames(type), methods);
    }

    static Finding notAResourceMethod(ExecutableElement method, DeclaredPolicy policy) {
        return Finding.at(Rule.NOT_A_RESOURCE_METHOD, policy, null, -1, "@CrossOrigin on " + method.getSimpleName()
                + ", which is "
                + "not a resource method: it has no HTTP method annotation such as @GET, nor @Path (as a "
                + "sub-resource locator would). Annotate the resource method instead");
    }

    static String join(String classPath, String methodPath) {
        return PathPattern.join(classPath, methodPath == null ? "" : methodPath);
    }

    private static String packageOf(TypeElement type) {
        Element e = type;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return ((PackageElement) e).getQualifiedName().toString();
    }

    private static List<String> simpleNames(TypeElement type) {
        List<String> names = new ArrayList<>();
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            names.add(0, e.getSimpleName().toString());
        }
        return names;
    }
}
