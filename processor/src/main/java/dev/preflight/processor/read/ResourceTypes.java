package dev.preflight.processor.read;

import static dev.preflight.processor.read.Mirrors.stringValue;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import dev.preflight.processor.model.ApplicationPath;
import dev.preflight.processor.model.DeclaredPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Which types of a round are resource classes, and which policy applies to them from outside: the
 * application's {@code @CrossOrigin} (when the round has exactly one {@code Application} subclass), a
 * package's, a supertype's without {@code @Path} of its own (the "API interface" style).
 */
final class ResourceTypes {
    private static final String APPLICATION = "jakarta.ws.rs.core.Application";
    private static final String APPLICATION_PATH = "jakarta.ws.rs.ApplicationPath";

    private final Mirrors mirrors;
    private final JakartaRestAnnotations jakartaRest;
    private final CrossOriginReader crossOrigin;

    ResourceTypes(Mirrors mirrors, JakartaRestAnnotations jakartaRest, CrossOriginReader crossOrigin) {
        this.mirrors = mirrors;
        this.jakartaRest = jakartaRest;
        this.crossOrigin = crossOrigin;
    }

    /**
     * The types of a round, sorted.
     *
     * @param application the application's {@code @CrossOrigin}, or {@code null}
     * @param withPolicy by qualified name, the types that carry {@code @CrossOrigin} or take a policy from
     *     their application, package or a supertype; some may turn out to be no resource class
     * @param inherited the supertypes without {@code @Path} that lend their policies to resource classes:
     *     read through those classes
     * @param unannotated by qualified name, the other resource classes of the round
     * @param applicationPaths the {@code @ApplicationPath} of each {@code Application} subclass of the round
     */
    record Found(DeclaredPolicy application, Map<String, TypeElement> withPolicy, Set<TypeElement> inherited,
            Map<String, TypeElement> unannotated, List<ApplicationPath> applicationPaths) {
    }

    /**
     * Finds every resource class among the elements annotated with {@code @CrossOrigin}, and every
     * resource class of {@code rootElements} that inherits its policies from an annotated interface or
     * abstract class without {@code @Path} of its own or takes them from its package or application.
     */
    Found find(Collection<? extends Element> annotated, Collection<? extends Element> rootElements,
            List<Finding> findings) {
        Map<String, TypeElement> types = new TreeMap<>();
        List<DeclaredPolicy> applicationDefaults = new ArrayList<>();
        TypeElement annotatedApplication = null;
        for (Element element : annotated) {
            if (element instanceof PackageElement) {
                continue; // found through the resource classes of the package
            }
            Element type = element.getKind() == ElementKind.METHOD ? element.getEnclosingElement() : element;
            if (type instanceof TypeElement t) {
                if (element == t && isApplication(t)) {
                    applicationDefaults.add(crossOrigin.declaration(t));
                    annotatedApplication = t;
                } else {
                    types.putIfAbsent(t.getQualifiedName().toString(), t);
                }
            }
        }
        if (applicationDefaults.size() > 1) {
            for (DeclaredPolicy d : applicationDefaults) {
                findings.add(Finding.at(Rule.AMBIGUOUS_APPLICATION_DEFAULTS, d, null, -1, "@CrossOrigin on several Application subclasses "
                        + "of one compilation: Preflight cannot tell which resources each deploys. Keep it on one "
                        + "of them, or use package-level defaults"));
            }
            applicationDefaults.clear();
        }
        if (applicationDefaults.size() == 1) {
            DeclaredPolicy d = applicationDefaults.get(0);
            List<String> others = new ArrayList<>();
            for (TypeElement candidate : allTypes(rootElements)) {
                if (isApplication(candidate) && candidate != annotatedApplication
                        && !candidate.getModifiers().contains(Modifier.ABSTRACT)) {
                    others.add(candidate.getSimpleName().toString());
                }
            }
            if (!others.isEmpty()) {
                findings.add(Finding.at(Rule.AMBIGUOUS_APPLICATION_DEFAULTS, d, null, -1, "@CrossOrigin on an Application subclass of a "
                        + "compilation that has other Application subclasses (" + String.join(", ", others)
                        + "): Preflight cannot tell which resources each deploys, and would apply these defaults "
                        + "to resources the others deploy too. Put them on the packages of the resources "
                        + "(package-info.java) or on the resource classes"));
                applicationDefaults.clear();
            }
        }
        DeclaredPolicy application = applicationDefaults.isEmpty() ? null : applicationDefaults.get(0);
        Set<TypeElement> inherited = new java.util.HashSet<>();
        Map<String, TypeElement> unannotatedTypes = new TreeMap<>();
        List<ApplicationPath> applicationPaths = new ArrayList<>();
        for (TypeElement candidate : allTypes(rootElements)) {
            if (isApplication(candidate)) {
                String path = stringValue(mirrors.annotation(candidate, APPLICATION_PATH));
                if (path != null) {
                    applicationPaths.add(new ApplicationPath(path, candidate.getQualifiedName().toString()));
                }
                continue;
            }
            if (candidate.getKind() != ElementKind.CLASS || types.containsKey(candidate.getQualifiedName().toString())
                    || jakartaRest.classPath(candidate) == null) {
                continue;
            }
            // the package's policy, whether package-info.java is compiled in this round or not (an
            // incremental compilation reads it from its class file)
            if (application != null || crossOrigin.packageDefault(candidate) != null) {
                types.put(candidate.getQualifiedName().toString(), candidate);
            } else {
                unannotatedTypes.put(candidate.getQualifiedName().toString(), candidate);
            }
            for (TypeElement supertype : jakartaRest.supertypes(candidate)) {
                if (types.containsKey(supertype.getQualifiedName().toString()) && jakartaRest.classPath(supertype) == null) {
                    inherited.add(supertype);
                    types.put(candidate.getQualifiedName().toString(), candidate);
                    unannotatedTypes.remove(candidate.getQualifiedName().toString());
                }
            }
        }
        return new Found(application, types, inherited, unannotatedTypes, applicationPaths);
    }

    private boolean isApplication(TypeElement type) {
        for (TypeElement t = type; t != null; t = jakartaRest.superclass(t)) {
            if (mirrors.qualifiedName(t).equals(APPLICATION)) {
                return true;
            }
        }
        return false;
    }

    /** The types among {@code roots} and, recursively, the types nested in them, each once. */
    private static List<TypeElement> allTypes(Collection<? extends Element> roots) {
        List<TypeElement> all = new ArrayList<>();
        Set<TypeElement> seen = new java.util.HashSet<>();
        for (TypeElement root : ElementFilter.typesIn(new ArrayList<Element>(roots))) {
            if (seen.add(root)) {
                all.add(root);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            for (TypeElement nested : ElementFilter.typesIn(all.get(i).getEnclosedElements())) {
                if (seen.add(nested)) {
                    all.add(nested);
                }
            }
        }
        return all;
    }

    /**
     * E10 for a class that carries {@code @CrossOrigin} on itself or a method but is no resource class
     * and no class that a sub-resource locator of the compilation returns.
     */
    void reportNotAResource(TypeElement type, List<Finding> findings) {
        DeclaredPolicy classPolicy = crossOrigin.declaration(type);
        String why = ", which is not a resource class: neither it nor a superclass or interface has @Path, "
                + "and no sub-resource locator of this compilation declares it as its return type";
        if (classPolicy != null) {
            findings.add(Finding.at(Rule.NOT_A_RESOURCE_CLASS, classPolicy, null, -1, "@CrossOrigin on " + type.getSimpleName()
                    + why + ". Put @CrossOrigin on a class annotated with @Path, or on the class a locator "
                    + "declares it returns"));
        }
        for (ExecutableElement method : jakartaRest.instanceMethods(type)) {
            ExecutableElement source = jakartaRest.jaxRsSource(type, method);
            DeclaredPolicy methodPolicy = crossOrigin.methodPolicy(method, source);
            if (methodPolicy == null) {
                continue;
            }
            if (!jakartaRest.hasJaxRsAnnotation(source)) {
                findings.add(ResourceClassReader.notAResourceMethod(method, methodPolicy));
            } else if (classPolicy == null) {
                findings.add(Finding.at(Rule.NOT_A_RESOURCE_CLASS, methodPolicy, null, -1, "@CrossOrigin on "
                        + method.getSimpleName() + " of " + type.getSimpleName() + why));
            }
        }
    }
}
