package dev.preflight.processor.read;

import dev.preflight.processor.model.ApplicationPath;
import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.ConsumedTypes;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.HeaderRead;
import dev.preflight.processor.model.Locator;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The first stage: reads the classes that carry {@code @CrossOrigin} into the plain model, finding
 * paths and HTTP methods the way Jakarta REST does, annotation inheritance from superclasses and
 * interfaces included (Jakarta REST 3.1, section 3.6), and following sub-resource locators to the class
 * each declares it returns. Misplaced annotations become findings.
 */
public final class ResourceReader {
    static final String CROSS_ORIGIN = dev.preflight.processor.PreflightProcessorInfo.CROSS_ORIGIN;
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
    private static final String APPLICATION = "jakarta.ws.rs.core.Application";
    private static final String HEADER_PARAM = "jakarta.ws.rs.HeaderParam";
    private static final String BEAN_PARAM = "jakarta.ws.rs.BeanParam";
    private static final String CONSUMES = "jakarta.ws.rs.Consumes";
    private static final String APPLICATION_PATH = "jakarta.ws.rs.ApplicationPath";

    private final Elements elements;
    private final Types types;

    public ResourceReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * What was read, and what was found wrong on the way.
     *
     * @param resources the resource classes with a policy, each with all its resource methods; a class
     *     that sub-resource locators return is here once per way it is reached, its methods with the
     *     paths and declarations of that way
     * @param unannotated the other resource classes of the round (and classes that locators return to
     *     which no policy applies): they take no part in generation, but a hand-written {@code @OPTIONS}
     *     method in one of them may sit on a path a policy covers (E11), and the audit report lists them
     * @param applicationPaths the {@code @ApplicationPath} of each {@code Application} subclass of the round
     * @param locatorPolicies the {@code @CrossOrigin} of every sub-resource locator read, including those
     *     whose declared return type leads to no resource method: each is checked as written
     */
    public record Result(List<Resource> resources, List<Resource> unannotated, List<Finding> findings,
            List<ApplicationPath> applicationPaths, List<DeclaredPolicy> locatorPolicies) {
    }

    /**
     * At most this many classes are read through sub-resource locators per round: locators that return
     * classes with several locators each reach exponentially many paths.
     */
    static final int MAX_LOCATOR_TARGETS = 2_000;

    /**
     * Reads every resource class among the elements annotated with {@code @CrossOrigin}, and every
     * resource class of {@code rootElements} that inherits its policies from an annotated interface or
     * abstract class without {@code @Path} of its own (the "API interface" style) or takes them from
     * its package or application; then, from every resource class of the round, the classes its
     * sub-resource locators return, recursively.
     *
     * @param rootElements the round's root elements and the types that carry a Jakarta REST annotation
     *     (some may come from class files, as in an incremental compilation); nested types are found
     *     from their enclosing ones
     */
    public Result read(Collection<? extends Element> annotated, Collection<? extends Element> rootElements) {
        List<Finding> findings = new ArrayList<>();
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
                    applicationDefaults.add(declaration(t));
                    annotatedApplication = t;
                } else {
                    types.putIfAbsent(t.getQualifiedName().toString(), t);
                }
            }
        }
        if (applicationDefaults.size() > 1) {
            for (DeclaredPolicy d : applicationDefaults) {
                findings.add(Finding.at(Rule.E10, d, null, -1, "@CrossOrigin on several Application subclasses "
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
                findings.add(Finding.at(Rule.E10, d, null, -1, "@CrossOrigin on an Application subclass of a "
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
                String path = stringValue(annotation(candidate, APPLICATION_PATH));
                if (path != null) {
                    applicationPaths.add(new ApplicationPath(path, candidate.getQualifiedName().toString()));
                }
                continue;
            }
            if (candidate.getKind() != ElementKind.CLASS || types.containsKey(candidate.getQualifiedName().toString())
                    || classPath(candidate) == null) {
                continue;
            }
            // the package's policy, whether package-info.java is compiled in this round or not (an
            // incremental compilation reads it from its class file)
            if (application != null || packageDefault(candidate) != null) {
                types.put(candidate.getQualifiedName().toString(), candidate);
            } else {
                unannotatedTypes.put(candidate.getQualifiedName().toString(), candidate);
            }
            for (TypeElement supertype : supertypes(candidate)) {
                if (types.containsKey(supertype.getQualifiedName().toString()) && classPath(supertype) == null) {
                    inherited.add(supertype);
                    types.put(candidate.getQualifiedName().toString(), candidate);
                    unannotatedTypes.remove(candidate.getQualifiedName().toString());
                }
            }
        }
        Locators locators = new Locators(application, findings);
        List<TypeElement> notResources = new ArrayList<>();
        for (TypeElement type : types.values()) {
            if (inherited.contains(type)) {
                continue; // read through the resource classes that implement it
            }
            String classPath = classPath(type);
            if (classPath == null) {
                notResources.add(type); // unless a locator returns it
                continue;
            }
            locators.root(type, classPath, defaults(application, type));
        }
        for (TypeElement type : unannotatedTypes.values()) {
            locators.root(type, classPath(type), List.of());
        }
        locators.followAll();
        for (TypeElement type : notResources) {
            if (!locators.reached.contains(type)) {
                reportNotAResource(type, findings);
            }
        }
        findings.removeIf(f -> f.rule().severity() == Rule.Severity.WARNING && f.site().warningsSuppressed());
        return new Result(locators.resources, locators.unannotated, findings, applicationPaths,
                List.copyOf(locators.policies));
    }

    /** The shared defaults of a class: the application's, then its package's. */
    private List<DeclaredPolicy> defaults(DeclaredPolicy application, TypeElement type) {
        List<DeclaredPolicy> defaults = new ArrayList<>();
        if (application != null) {
            defaults.add(application);
        }
        DeclaredPolicy packagePolicy = packageDefault(type);
        if (packagePolicy != null) {
            defaults.add(packagePolicy);
        }
        return defaults;
    }

    /** The sub-resource locators met while reading a resource class, and what they lead to. */
    private final class Locators {
        private final DeclaredPolicy application;
        private final List<Finding> findings;
        final List<Resource> resources = new ArrayList<>();
        final List<Resource> unannotated = new ArrayList<>();
        /** The classes read through a locator, with their supertypes: no longer "not a resource". */
        final Set<TypeElement> reached = new java.util.HashSet<>();
        final Set<DeclaredPolicy> policies = new java.util.LinkedHashSet<>();
        private final List<Reading> roots = new ArrayList<>();
        private int targetsRead;

        Locators(DeclaredPolicy application, List<Finding> findings) {
            this.application = application;
            this.findings = findings;
        }

        void root(TypeElement type, String classPath, List<DeclaredPolicy> defaults) {
            Reading reading = read(type, classPath, defaults, List.of(), List.of());
            roots.add(reading);
        }

        void followAll() {
            for (Reading root : roots) {
                Set<TypeElement> onPath = new java.util.HashSet<>();
                onPath.add(root.type());
                follow(root, onPath);
            }
        }

        private Reading read(TypeElement type, String path, List<DeclaredPolicy> defaults, List<DeclaredPolicy> via,
                List<Locator> chain) {
            DeclaredPolicy classPolicy = classPolicy(type);
            List<LocatorMethod> found = new ArrayList<>();
            Resource resource = readResource(type, path, classPolicy, defaults, via, chain, findings, found);
            boolean covered = resource.methods().stream().anyMatch(ResourceMethod::hasPolicy);
            (covered || !defaults.isEmpty() || classPolicy != null || !via.isEmpty() ? resources : unannotated)
                    .add(resource);
            return new Reading(type, path, classPolicy, defaults, via, chain, found);
        }

        /**
         * Reads the classes that the locators of {@code owner} return, with the declarations met on the
         * way, and their own locators' in turn. A class already on the way is read once more, so that a
         * recursive locator's own declarations are checked, but its locators are not followed again.
         */
        private void follow(Reading owner, Set<TypeElement> onPath) {
            for (LocatorMethod locator : owner.locators()) {
                List<DeclaredPolicy> via = new ArrayList<>(owner.via());
                if (owner.classPolicy() != null) {
                    via.add(owner.classPolicy());
                }
                if (locator.policy() != null) {
                    via.add(locator.policy());
                    policies.add(locator.policy());
                }
                boolean policyApplies = !owner.defaults().isEmpty() || !via.isEmpty();
                TypeMirror returned = returnType(owner.type(), locator.method());
                if (returned.getKind() == TypeKind.ERROR) {
                    continue; // javac reports the missing type
                }
                TypeElement target = target(returned);
                if (target == null || targetsRead >= MAX_LOCATOR_TARGETS) {
                    if (policyApplies) {
                        findings.add(Finding.on(Rule.W9, ElementSite.of(locator.method(), null), target == null
                                ? "sub-resource locator " + locator.method().getSimpleName() + " returns "
                                        + returned + ", " + unknowable(returned) + ", so Preflight cannot tell "
                                        + "which resource methods it leads to: the paths under it stay uncovered, "
                                        + "and their preflights are not answered. Declare the resource class it "
                                        + "returns as its return type"
                                : "sub-resource locator " + locator.method().getSimpleName() + " is one more than "
                                        + "the " + MAX_LOCATOR_TARGETS + " sub-resource classes Preflight follows "
                                        + "in one compilation: the paths under it stay uncovered, and their "
                                        + "preflights are not answered. Return fewer classes through locators"));
                    }
                    continue;
                }
                targetsRead++;
                List<Locator> chain = new ArrayList<>(owner.chain());
                chain.add(new Locator(ElementSite.of(locator.method(), null), owner.type().getQualifiedName() + "."
                        + locator.method().getSimpleName() + "(" + sourceTypeNames(locator.method()) + ")"));
                // a target with a class-level @CrossOrigin of its own stands alone, as a root resource does:
                // what the locators and their classes declare does not reach it
                Reading reading = read(target, join(owner.path(), locator.path()), defaults(application, target),
                        classPolicy(target) != null ? List.of() : via, chain);
                reached.add(target);
                reached.addAll(supertypes(target));
                if (onPath.add(target)) {
                    follow(reading, onPath);
                    onPath.remove(target);
                }
            }
        }
    }

    /**
     * A class being read as a resource, root or reached through locators, and what its own locators
     * pass on.
     */
    private record Reading(TypeElement type, String path, DeclaredPolicy classPolicy, List<DeclaredPolicy> defaults,
            List<DeclaredPolicy> via, List<Locator> chain, List<LocatorMethod> locators) {
    }

    /** A sub-resource locator of the class being read: its path and its own {@code @CrossOrigin}, if any. */
    private record LocatorMethod(ExecutableElement method, String path, DeclaredPolicy policy) {
    }

    /** What the locator returns, as a member of the class read ({@code T} of a generic superclass resolved). */
    private TypeMirror returnType(TypeElement owner, ExecutableElement locator) {
        try {
            if (owner.asType() instanceof DeclaredType declared
                    && types.asMemberOf(declared, locator) instanceof ExecutableType member) {
                return member.getReturnType();
            }
        } catch (IllegalArgumentException e) {
            // not a member after all: its declared type will do
        }
        return locator.getReturnType();
    }

    /**
     * The class a locator's declared return type names, if Preflight can read what it dispatches to:
     * neither {@code Object} nor {@code Class}, and with resource methods or locators of its own.
     */
    private TypeElement target(TypeMirror returned) {
        TypeElement type = asTypeElement(returned);
        if (type == null || type.getQualifiedName().contentEquals("java.lang.Object")
                || type.getQualifiedName().contentEquals("java.lang.Class")) {
            return null;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (!method.getModifiers().contains(Modifier.STATIC)
                    && !method.getEnclosingElement().toString().equals("java.lang.Object")
                    && hasJaxRsAnnotation(jaxRsSource(type, method))) {
                return type;
            }
        }
        return null;
    }

    /** Why a locator's return type says nothing about the resource it returns. */
    private static String unknowable(TypeMirror returned) {
        TypeElement type = asTypeElement(returned);
        if (returned.getKind() == TypeKind.TYPEVAR) {
            return "a type variable";
        }
        if (type == null) {
            return "which is no class";
        }
        if (type.getQualifiedName().contentEquals("java.lang.Object")) {
            return "which any object is";
        }
        if (type.getQualifiedName().contentEquals("java.lang.Class")) {
            return "a class that Jakarta REST instantiates at run time";
        }
        return "which has no resource method or locator of its own (those of the class returned at run time "
                + "are unknown at compile time)";
    }

    /** The class-level {@code @CrossOrigin} of a resource class: its own, else that of a supertype without {@code @Path}. */
    private DeclaredPolicy classPolicy(TypeElement type) {
        DeclaredPolicy own = declaration(type);
        return own != null ? own : inheritedClassPolicy(type);
    }

    private boolean isApplication(TypeElement type) {
        for (TypeElement t = type; t != null; t = superclass(t)) {
            if (t.getQualifiedName().contentEquals(APPLICATION)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code @CrossOrigin} of the type's package, else of the nearest enclosing package that has one. */
    private DeclaredPolicy packageDefault(TypeElement type) {
        String name = elements.getPackageOf(type).getQualifiedName().toString();
        while (!name.isEmpty()) {
            PackageElement p = elements.getPackageElement(name);
            DeclaredPolicy declared = p == null ? null : declaration(p);
            if (declared != null) {
                return declared;
            }
            int dot = name.lastIndexOf('.');
            name = dot < 0 ? "" : name.substring(0, dot);
        }
        return null;
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
    private void reportNotAResource(TypeElement type, List<Finding> findings) {
        DeclaredPolicy classPolicy = declaration(type);
        String why = ", which is not a resource class: neither it nor a superclass or interface has @Path, "
                + "and no sub-resource locator of this compilation declares it as its return type";
        if (classPolicy != null) {
            findings.add(Finding.at(Rule.E10, classPolicy, null, -1, "@CrossOrigin on " + type.getSimpleName()
                    + why + ". Put @CrossOrigin on a class annotated with @Path, or on the class a locator "
                    + "declares it returns"));
        }
        for (ExecutableElement method : instanceMethods(type)) {
            ExecutableElement source = jaxRsSource(type, method);
            DeclaredPolicy methodPolicy = methodPolicy(method, source);
            if (methodPolicy == null) {
                continue;
            }
            if (!hasJaxRsAnnotation(source)) {
                findings.add(notAResourceMethod(method, methodPolicy));
            } else if (classPolicy == null) {
                findings.add(Finding.at(Rule.E10, methodPolicy, null, -1, "@CrossOrigin on "
                        + method.getSimpleName() + " of " + type.getSimpleName() + why));
            }
        }
    }

    /** The instance methods of {@code type}, inherited ones included, but not {@code Object}'s. */
    private List<ExecutableElement> instanceMethods(TypeElement type) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (!method.getModifiers().contains(Modifier.STATIC)
                    && !method.getEnclosingElement().toString().equals("java.lang.Object")) {
                methods.add(method);
            }
        }
        return methods;
    }

    /** The method's own {@code @CrossOrigin}, else that of the method whose Jakarta REST annotations it takes. */
    private DeclaredPolicy methodPolicy(ExecutableElement method, ExecutableElement source) {
        DeclaredPolicy own = declaration(method);
        return own == null && source != method ? declaration(source) : own;
    }

    private static Finding notAResourceMethod(ExecutableElement method, DeclaredPolicy policy) {
        return Finding.at(Rule.E10, policy, null, -1, "@CrossOrigin on " + method.getSimpleName() + ", which is "
                + "not a resource method: it has no HTTP method annotation such as @GET, nor @Path (as a "
                + "sub-resource locator would). Annotate the resource method instead");
    }

    /**
     * Reads a resource class: each resource method, with the path and the declarations that apply to
     * it, and (into {@code locators}) each sub-resource locator.
     *
     * @param path the class path for a root resource, else the path of the locators that lead to it
     * @param via the declarations met through locators on the way, outermost first
     * @param chain the locators on the way
     */
    private Resource readResource(TypeElement type, String path, DeclaredPolicy classPolicy,
            List<DeclaredPolicy> defaults, List<DeclaredPolicy> via, List<Locator> chain, List<Finding> findings,
            List<LocatorMethod> locators) {
        List<ResourceMethod> methods = new ArrayList<>();
        List<HeaderRead> fieldReads = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(elements.getAllMembers(type))) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                addHeaderRead(field, fieldReads);
            }
        }
        for (ExecutableElement method : instanceMethods(type)) {
            ExecutableElement source = jaxRsSource(type, method);
            DeclaredPolicy methodPolicy = methodPolicy(method, source);
            String httpMethod = httpMethod(source);
            String methodPath = stringValue(annotation(source, PATH));
            if (httpMethod == null) {
                if (methodPath != null) {
                    locators.add(new LocatorMethod(method, methodPath, methodPolicy));
                } else if (methodPolicy != null) {
                    findings.add(notAResourceMethod(method, methodPolicy));
                }
                continue;
            }
            methods.add(new ResourceMethod(ElementSite.of(method, null), method.getSimpleName().toString(),
                    parameterTypes(method), httpMethod, join(path, methodPath), classPolicy, methodPolicy,
                    defaults, via, chain, headerReads(source, fieldReads), consumes(type, source),
                    ElementSite.of(source, httpMethodAnnotation(source))));
        }
        List<String> reportedAs = new ArrayList<>(List.of(elements.getBinaryName(type).toString()));
        for (TypeElement supertype : supertypes(type)) {
            if (annotation(supertype, PATH) != null) {
                reportedAs.add(elements.getBinaryName(supertype).toString());
            }
        }
        return new Resource(ElementSite.of(type, null), type.getQualifiedName().toString(), reportedAs,
                packageOf(type), simpleNames(type), methods);
    }

    /**
     * The {@code @HeaderParam}s a resource method reads: on its parameters, on the fields of its
     * {@code @BeanParam} parameters' classes, and on the fields of its resource class.
     */
    private List<HeaderRead> headerReads(ExecutableElement method, List<HeaderRead> fieldReads) {
        List<HeaderRead> reads = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            addHeaderRead(parameter, reads);
            TypeElement bean = annotation(parameter, BEAN_PARAM) == null ? null : asTypeElement(parameter.asType());
            if (bean != null) {
                ElementFilter.fieldsIn(elements.getAllMembers(bean)).forEach(f -> addHeaderRead(f, reads));
            }
        }
        reads.addAll(fieldReads);
        return reads;
    }

    private static void addHeaderRead(VariableElement variable, List<HeaderRead> reads) {
        AnnotationMirror headerParam = annotation(variable, HEADER_PARAM);
        String name = stringValue(headerParam);
        if (name != null) {
            reads.add(new HeaderRead(name, ElementSite.of(variable, headerParam)));
        }
    }

    /** The {@code @Consumes} of the method, else of its class or the nearest supertype that has one. */
    private ConsumedTypes consumes(TypeElement type, ExecutableElement method) {
        List<Element> candidates = new ArrayList<>();
        candidates.add(method);
        candidates.add(type);
        candidates.addAll(supertypes(type));
        for (Element candidate : candidates) {
            AnnotationMirror consumes = annotation(candidate, CONSUMES);
            if (consumes != null) {
                List<String> mediaTypes = new ArrayList<>();
                for (String value : strings(attributeValue(consumes, "value"))) {
                    for (String mediaType : value.split(",")) {
                        if (!mediaType.isBlank()) {
                            mediaTypes.add(mediaType.strip());
                        }
                    }
                }
                return new ConsumedTypes(mediaTypes, ElementSite.of(candidate, consumes));
            }
        }
        return null;
    }

    /** The class-level {@code @CrossOrigin} of the nearest supertype that is not a resource itself. */
    private DeclaredPolicy inheritedClassPolicy(TypeElement type) {
        for (TypeElement supertype : supertypes(type)) {
            DeclaredPolicy declared = declaration(supertype);
            if (declared != null && classPath(supertype) == null) {
                return declared;
            }
        }
        return null;
    }

    /**
     * The method whose Jakarta REST annotations count: the method itself if it has any, else the
     * first method it overrides, in superclasses and then interfaces, that has some.
     */
    private ExecutableElement jaxRsSource(TypeElement type, ExecutableElement method) {
        if (hasJaxRsAnnotation(method)) {
            return method;
        }
        for (TypeElement supertype : supertypes(type)) {
            for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
                if (candidate.getSimpleName().equals(method.getSimpleName())
                        && (candidate.equals(method) || elements.overrides(method, candidate, type))
                        && hasJaxRsAnnotation(candidate)) {
                    return candidate;
                }
            }
        }
        return method;
    }

    private boolean hasJaxRsAnnotation(ExecutableElement method) {
        return annotation(method, PATH) != null || httpMethod(method) != null;
    }

    /** Superclasses first, nearest first, then interfaces, breadth first. */
    private List<TypeElement> supertypes(TypeElement type) {
        List<TypeElement> classes = new ArrayList<>();
        List<TypeElement> interfaces = new ArrayList<>();
        for (TypeElement t = superclass(type); t != null; t = superclass(t)) {
            classes.add(t);
        }
        List<TypeElement> queue = new ArrayList<>();
        queue.add(type);
        queue.addAll(classes);
        for (int i = 0; i < queue.size(); i++) {
            for (TypeMirror m : queue.get(i).getInterfaces()) {
                TypeElement itf = asTypeElement(m);
                if (itf != null && !interfaces.contains(itf)) {
                    interfaces.add(itf);
                    queue.add(itf);
                }
            }
        }
        classes.addAll(interfaces);
        return classes;
    }

    private TypeElement superclass(TypeElement type) {
        TypeElement s = asTypeElement(type.getSuperclass());
        return s == null || s.getQualifiedName().contentEquals("java.lang.Object") ? null : s;
    }

    private static TypeElement asTypeElement(TypeMirror mirror) {
        return mirror.getKind() == TypeKind.DECLARED && ((DeclaredType) mirror).asElement() instanceof TypeElement t
                ? t : null;
    }

    /** The {@code @Path} of the class, else of its nearest superclass or interface that has one. */
    private String classPath(TypeElement type) {
        String own = stringValue(annotation(type, PATH));
        if (own != null) {
            return own;
        }
        for (TypeElement supertype : supertypes(type)) {
            String inherited = stringValue(annotation(supertype, PATH));
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    /** The value of the {@code @HttpMethod} on one of the method's annotations ({@code GET}), or {@code null}. */
    private static String httpMethod(ExecutableElement method) {
        AnnotationMirror a = httpMethodAnnotation(method);
        return a == null ? null : stringValue(annotation(a.getAnnotationType().asElement(), HTTP_METHOD));
    }

    /** The method's annotation that carries {@code @HttpMethod} ({@code @GET}), or {@code null}. */
    private static AnnotationMirror httpMethodAnnotation(ExecutableElement method) {
        for (AnnotationMirror a : method.getAnnotationMirrors()) {
            if (annotation(a.getAnnotationType().asElement(), HTTP_METHOD) != null) {
                return a;
            }
        }
        return null;
    }

    private DeclaredPolicy declaration(Element element) {
        AnnotationMirror mirror = annotation(element, CROSS_ORIGIN);
        if (mirror == null) {
            return null;
        }
        Set<Attribute> explicit = EnumSet.noneOf(Attribute.class);
        for (ExecutableElement key : mirror.getElementValues().keySet()) {
            explicit.add(Attribute.byJavaName(key.getSimpleName().toString()));
        }
        Map<Attribute, Object> values = new TreeMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            values.put(Attribute.byJavaName(e.getKey().getSimpleName().toString()), e.getValue().getValue());
        }
        List<String> origins = new ArrayList<>(strings(values.get(Attribute.ORIGINS)));
        origins.addAll(strings(values.get(Attribute.VALUE)));
        return new DeclaredPolicy(ElementSite.of(element, mirror), explicit, origins,
                strings(values.get(Attribute.ORIGIN_PATTERNS)),
                strings(values.get(Attribute.ALLOWED_HEADERS)),
                strings(values.get(Attribute.EXPOSED_HEADERS)),
                strings(values.get(Attribute.METHODS)),
                Boolean.TRUE.equals(values.get(Attribute.ALLOW_CREDENTIALS)),
                values.get(Attribute.MAX_AGE) instanceof Number n ? n.longValue() : DeclaredPolicy.DEFAULT_MAX_AGE,
                Boolean.TRUE.equals(values.get(Attribute.ALLOW_PRIVATE_NETWORK)));
    }

    /** The strings of an array attribute; anything javac could not evaluate is left out (javac reports it). */
    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue v && v.getValue() instanceof String s) {
                    out.add(s);
                }
            }
        } else if (value instanceof String s) {
            out.add(s);
        }
        return out;
    }

    static AnnotationMirror annotation(Element element, String type) {
        for (AnnotationMirror a : element.getAnnotationMirrors()) {
            if (a.getAnnotationType().asElement() instanceof TypeElement t
                    && t.getQualifiedName().contentEquals(type)) {
                return a;
            }
        }
        return null;
    }

    private static String stringValue(AnnotationMirror mirror) {
        return attributeValue(mirror, "value") instanceof String s ? s : null;
    }

    /** The value written for an attribute ({@code List<AnnotationValue>} for an array), or {@code null}. */
    private static Object attributeValue(AnnotationMirror mirror, String name) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    /** The parameter types as source code names them, erased: {@code long, com.example.Outer.Inner}. */
    private String sourceTypeNames(ExecutableElement method) {
        return String.join(", ", parameterTypes(method)).replace('$', '.');
    }

    private List<String> parameterTypes(ExecutableElement method) {
        List<String> names = new ArrayList<>();
        method.getParameters().forEach(p -> names.add(typeName(types.erasure(p.asType()))));
        return names;
    }

    /**
     * The name of an erased type as {@link Class#getTypeName()} writes it at run time
     * ({@code com.example.User$Address[]}), built from its element: {@code toString()} would keep
     * type-use annotations ({@code @NotBlank java.lang.String}).
     */
    private String typeName(TypeMirror erased) {
        if (erased.getKind().isPrimitive()) {
            return erased.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (erased instanceof javax.lang.model.type.ArrayType array) {
            return typeName(types.erasure(array.getComponentType())) + "[]";
        }
        TypeElement element = asTypeElement(erased);
        return element != null ? elements.getBinaryName(element).toString() : erased.toString();
    }

    private static String join(String classPath, String methodPath) {
        return dev.preflight.runtime.PathPattern.join(classPath, methodPath == null ? "" : methodPath);
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
