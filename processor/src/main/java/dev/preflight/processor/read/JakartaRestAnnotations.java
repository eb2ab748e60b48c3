package dev.preflight.processor.read;

import static dev.preflight.processor.read.Mirrors.stringValue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Where Jakarta REST finds a class's path and a method's HTTP method and path: on the class or method
 * itself, or, if it has none, on the superclass or interface it inherits them from (Jakarta REST 3.1,
 * section 3.6).
 */
final class JakartaRestAnnotations {
    static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private final Elements elements;
    private final Mirrors mirrors;
    /** Each type's supertypes, as {@link #supertypes} orders them: asked for several times per class. */
    private final Map<TypeElement, List<TypeElement>> supertypes = new IdentityHashMap<>();
    /** Whether each annotation type seen on a method carries {@code @HttpMethod}. */
    private final Map<Element, Boolean> designators = new IdentityHashMap<>();

    JakartaRestAnnotations(Elements elements, Mirrors mirrors) {
        this.elements = elements;
        this.mirrors = mirrors;
    }

    /**
     * The method whose Jakarta REST annotations count: the method itself if it has any, else the
     * first method it overrides, in superclasses and then interfaces, that has some.
     */
    ExecutableElement jaxRsSource(TypeElement type, ExecutableElement method) {
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

    boolean hasJaxRsAnnotation(ExecutableElement method) {
        return mirrors.annotation(method, PATH) != null || httpMethod(method) != null;
    }

    /** Superclasses first, nearest first, then interfaces, breadth first. */
    List<TypeElement> supertypes(TypeElement type) {
        List<TypeElement> known = supertypes.get(type);
        if (known == null) {
            known = List.copyOf(findSupertypes(type));
            supertypes.put(type, known);
        }
        return known;
    }

    private List<TypeElement> findSupertypes(TypeElement type) {
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

    /** The superclass, or {@code null} for one whose superclass is {@code Object}. */
    TypeElement superclass(TypeElement type) {
        TypeElement s = asTypeElement(type.getSuperclass());
        return s == null || mirrors.qualifiedName(s).equals("java.lang.Object") ? null : s;
    }

    static TypeElement asTypeElement(TypeMirror mirror) {
        return mirror.getKind() == TypeKind.DECLARED && ((DeclaredType) mirror).asElement() instanceof TypeElement t
                ? t : null;
    }

    /** The {@code @Path} of the class, else of its nearest superclass or interface that has one. */
    String classPath(TypeElement type) {
        String own = stringValue(mirrors.annotation(type, PATH));
        if (own != null) {
            return own;
        }
        for (TypeElement supertype : supertypes(type)) {
            String inherited = stringValue(mirrors.annotation(supertype, PATH));
            if (inherited != null) {
                return inherited;
            }
        }
        return null;
    }

    /** The value of the {@code @HttpMethod} on one of the method's annotations ({@code GET}), or {@code null}. */
    String httpMethod(ExecutableElement method) {
        AnnotationMirror a = httpMethodAnnotation(method);
        return a == null ? null : stringValue(mirrors.annotation(a.getAnnotationType().asElement(), HTTP_METHOD));
    }

    /** The method's annotation that carries {@code @HttpMethod} ({@code @GET}), or {@code null}. */
    AnnotationMirror httpMethodAnnotation(ExecutableElement method) {
        for (AnnotationMirror a : method.getAnnotationMirrors()) {
            if (isDesignator(a.getAnnotationType().asElement())) {
                return a;
            }
        }
        return null;
    }

    /** Whether an annotation type carries {@code @HttpMethod}: asked of every annotation of every method. */
    private boolean isDesignator(Element annotationType) {
        Boolean designator = designators.get(annotationType);
        if (designator == null) {
            designator = mirrors.annotation(annotationType, HTTP_METHOD) != null;
            designators.put(annotationType, designator);
        }
        return designator;
    }

    /** The instance methods of {@code type}, inherited ones included, but not {@code Object}'s. */
    List<ExecutableElement> instanceMethods(TypeElement type) {
        List<ExecutableElement> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (!method.getModifiers().contains(Modifier.STATIC)
                    && !mirrors.qualifiedName(method.getEnclosingElement()).equals("java.lang.Object")) {
                methods.add(method);
            }
        }
        return methods;
    }
}
