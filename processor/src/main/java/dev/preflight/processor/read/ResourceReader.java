package dev.preflight.processor.read;

import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.ConsumedTypes;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.HeaderRead;
import dev.preflight.processor.model.Resource;
import dev.preflight.processor.model.ResourceMethod;
import dev.preflight.processor.validate.Finding;
import dev.preflight.processor.validate.Rule;
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
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The first stage: reads the classes that carry {@code @CrossOrigin} into the plain model, finding
 * paths and HTTP methods the way Jakarta REST does, annotation inheritance from superclasses and
 * interfaces included (Jakarta REST 3.1, section 3.6). Misplaced annotations become findings.
 */
public final class ResourceReader {
    static final String CROSS_ORIGIN = dev.preflight.processor.PreflightProcessorInfo.CROSS_ORIGIN;
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
    private static final String APPLICATION = "jakarta.ws.rs.core.Application";
    private static final String HEADER_PARAM = "jakarta.ws.rs.HeaderParam";
    private static final String BEAN_PARAM = "jakarta.ws.rs.BeanParam";
    private static final String CONSUMES = "jakarta.ws.rs.Consumes";

    private final Elements elements;
    private final Types types;

    public ResourceReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * What was read, and what was found wrong on the way.
     *
     * @param resources the resource classes with a policy, each with all its resource methods
     * @param unannotated the other resource classes of the round: they take no part in generation, but
     *     a hand-written {@code @OPTIONS} method in one of them may sit on a path a policy covers (E11)
     */
    public record Result(List<Resource> resources, List<Resource> unannotated, List<Finding> findings) {
    }

    /**
     * Reads every resource class among the elements annotated with {@code @CrossOrigin}, and every
     * resource class of {@code rootElements} that inherits its policies from an annotated interface or
     * abstract class without {@code @Path} of its own (the "API interface" style).
     */
    public Result read(Collection<? extends Element> annotated, Collection<? extends Element> rootElements) {
        List<Finding> findings = new ArrayList<>();
        Map<String, TypeElement> types = new TreeMap<>();
        List<DeclaredPolicy> applicationDefaults = new ArrayList<>();
        boolean packageDefaults = false;
        for (Element element : annotated) {
            if (element instanceof PackageElement) {
                packageDefaults = true;
                continue;
            }
            Element type = element.getKind() == ElementKind.METHOD ? element.getEnclosingElement() : element;
            if (type instanceof TypeElement t) {
                if (element == t && isApplication(t)) {
                    applicationDefaults.add(declaration(t));
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
        DeclaredPolicy application = applicationDefaults.isEmpty() ? null : applicationDefaults.get(0);
        Set<TypeElement> inherited = new java.util.HashSet<>();
        Map<String, TypeElement> unannotatedTypes = new TreeMap<>();
        for (TypeElement candidate : allTypes(rootElements)) {
            if (candidate.getKind() != ElementKind.CLASS || types.containsKey(candidate.getQualifiedName().toString())
                    || classPath(candidate) == null || isApplication(candidate)) {
                continue;
            }
            if (application != null || (packageDefaults && packageDefault(candidate) != null)) {
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
        List<Resource> resources = new ArrayList<>();
        for (TypeElement type : types.values()) {
            if (inherited.contains(type)) {
                continue; // read through the resource classes that implement it
            }
            List<DeclaredPolicy> defaults = new ArrayList<>();
            if (application != null) {
                defaults.add(application);
            }
            DeclaredPolicy packagePolicy = packageDefault(type);
            if (packagePolicy != null) {
                defaults.add(packagePolicy);
            }
            Resource resource = readResource(type, defaults, findings);
            if (resource != null) {
                resources.add(resource);
            }
        }
        List<Resource> unannotated = new ArrayList<>();
        for (TypeElement type : unannotatedTypes.values()) {
            unannotated.add(readResource(type, List.of(), findings));
        }
        return new Result(resources, unannotated, findings);
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

    /** The types among {@code roots} and, recursively, the types nested in them. */
    private static List<TypeElement> allTypes(Collection<? extends Element> roots) {
        List<TypeElement> all = new ArrayList<>(ElementFilter.typesIn(new ArrayList<Element>(roots)));
        for (int i = 0; i < all.size(); i++) {
            all.addAll(ElementFilter.typesIn(all.get(i).getEnclosedElements()));
        }
        return all;
    }

    private Resource readResource(TypeElement type, List<DeclaredPolicy> defaults, List<Finding> findings) {
        String classPath = classPath(type);
        DeclaredPolicy classPolicy = declaration(type);
        if (classPolicy == null && classPath != null) {
            classPolicy = inheritedClassPolicy(type);
        }
        if (classPolicy != null && classPath == null) {
            findings.add(Finding.at(Rule.E10, classPolicy, null, -1, "@CrossOrigin on " + type.getSimpleName()
                    + ", which is not a resource class: neither it nor a superclass or interface has @Path. "
                    + "Put @CrossOrigin on a class annotated with @Path"));
        }
        List<ResourceMethod> methods = new ArrayList<>();
        List<HeaderRead> fieldReads = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(elements.getAllMembers(type))) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                addHeaderRead(field, fieldReads);
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (method.getModifiers().contains(Modifier.STATIC)
                    || method.getEnclosingElement().toString().equals("java.lang.Object")) {
                continue;
            }
            ExecutableElement source = jaxRsSource(type, method);
            DeclaredPolicy methodPolicy = declaration(method);
            if (methodPolicy == null && source != method) {
                methodPolicy = declaration(source);
            }
            String httpMethod = httpMethod(source);
            String methodPath = stringValue(annotation(source, PATH));
            if (methodPolicy != null && httpMethod == null) {
                findings.add(Finding.at(Rule.E10, methodPolicy, null, -1, methodPath != null
                        ? "@CrossOrigin on sub-resource locator " + method.getSimpleName() + ", which Preflight "
                                + "does not support yet; put @CrossOrigin on the resource methods of the class it "
                                + "returns"
                        : "@CrossOrigin on " + method.getSimpleName() + ", which is not a resource method: it has "
                                + "no HTTP method annotation such as @GET. Annotate the resource method instead"));
                continue;
            }
            if (httpMethod == null) {
                continue;
            }
            if (classPath == null) {
                if (methodPolicy != null && classPolicy == null) {
                    findings.add(Finding.at(Rule.E10, methodPolicy, null, -1, "@CrossOrigin on "
                            + method.getSimpleName() + " of " + type.getSimpleName() + ", which is not a resource "
                            + "class: neither it nor a superclass or interface has @Path"));
                }
                continue;
            }
            methods.add(new ResourceMethod(ElementSite.of(method, null), method.getSimpleName().toString(),
                    parameterTypes(method), httpMethod, join(classPath, methodPath), classPolicy, methodPolicy,
                    defaults, headerReads(source, fieldReads), consumes(type, source)));
        }
        if (classPath == null) {
            return null;
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
        for (AnnotationMirror a : method.getAnnotationMirrors()) {
            AnnotationMirror meta = annotation(a.getAnnotationType().asElement(), HTTP_METHOD);
            if (meta != null) {
                return stringValue(meta);
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
        return dev.preflight.processor.plan.PathTemplate.join(classPath, methodPath == null ? "" : methodPath);
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
