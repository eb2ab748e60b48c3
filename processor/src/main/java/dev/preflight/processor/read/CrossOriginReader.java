package dev.preflight.processor.read;

import static dev.preflight.processor.read.Mirrors.strings;

import dev.preflight.processor.PreflightProcessorInfo;
import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.AttributeValues;
import dev.preflight.processor.model.DeclaredPolicy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @CrossOrigin} declarations: on a method, a class (its own, or one it inherits from a
 * supertype that is no resource itself), a package, an application.
 */
final class CrossOriginReader {
    private final Elements elements;
    private final Mirrors mirrors;
    private final JakartaRestAnnotations jakartaRest;
    /** The attribute each of {@code @CrossOrigin}'s elements is, by element: its name is no string. */
    private final Map<ExecutableElement, Attribute> attributes = new IdentityHashMap<>();
    /** The package default of each package asked about, empty for none. */
    private final Map<PackageElement, Optional<DeclaredPolicy>> packageDefaults = new IdentityHashMap<>();

    CrossOriginReader(Elements elements, Mirrors mirrors, JakartaRestAnnotations jakartaRest) {
        this.elements = elements;
        this.mirrors = mirrors;
        this.jakartaRest = jakartaRest;
    }

    /** The {@code @CrossOrigin} on {@code element} as written, or {@code null}. */
    DeclaredPolicy declaration(Element element) {
        AnnotationMirror mirror = mirrors.annotation(element, PreflightProcessorInfo.CROSS_ORIGIN);
        if (mirror == null) {
            return null;
        }
        Set<Attribute> explicit = EnumSet.noneOf(Attribute.class);
        for (ExecutableElement key : mirror.getElementValues().keySet()) {
            explicit.add(attribute(key));
        }
        Map<Attribute, Object> written = new EnumMap<>(Attribute.class);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            written.put(attribute(e.getKey()), e.getValue().getValue());
        }
        AttributeValues.Builder values = AttributeValues.builder();
        for (Attribute attribute : Attribute.values()) {
            if (attribute.isHeld()) {
                values.set(attribute, value(attribute, written.get(attribute)));
            }
        }
        List<String> origins = new ArrayList<>(strings(written.get(Attribute.ORIGINS)));
        origins.addAll(strings(written.get(Attribute.VALUE))); // value is an alias of origins
        values.set(Attribute.ORIGINS, origins);
        return new DeclaredPolicy(mirrors.site(element, mirror), explicit, values.build());
    }

    private Attribute attribute(ExecutableElement element) {
        return attributes.computeIfAbsent(element, e -> Attribute.byJavaName(e.getSimpleName().toString()));
    }

    /**
     * An attribute's value as its kind holds it; what javac could not evaluate (javac reports it) is left
     * out of a list, and leaves a flag or a number at its default.
     */
    private static Object value(Attribute attribute, Object written) {
        return switch (attribute.kind()) {
            case STRINGS -> strings(written);
            case FLAG -> written instanceof Boolean flag ? flag : attribute.defaultValue();
            case SECONDS -> written instanceof Number n ? (Object) n.longValue() : attribute.defaultValue();
        };
    }

    /** The class-level {@code @CrossOrigin} of a resource class: its own, else that of a supertype without {@code @Path}. */
    DeclaredPolicy classPolicy(TypeElement type) {
        DeclaredPolicy own = declaration(type);
        return own != null ? own : inheritedClassPolicy(type);
    }

    /** The class-level {@code @CrossOrigin} of the nearest supertype that is not a resource itself. */
    private DeclaredPolicy inheritedClassPolicy(TypeElement type) {
        for (TypeElement supertype : jakartaRest.supertypes(type)) {
            DeclaredPolicy declared = declaration(supertype);
            if (declared != null && jakartaRest.classPath(supertype) == null) {
                return declared;
            }
        }
        return null;
    }

    /** The method's own {@code @CrossOrigin}, else that of the method whose Jakarta REST annotations it takes. */
    DeclaredPolicy methodPolicy(ExecutableElement method, ExecutableElement source) {
        DeclaredPolicy own = declaration(method);
        return own == null && source != method ? declaration(source) : own;
    }

    /** The {@code @CrossOrigin} of the type's package, else of the nearest enclosing package that has one. */
    DeclaredPolicy packageDefault(TypeElement type) {
        return packageDefaults.computeIfAbsent(elements.getPackageOf(type), p -> Optional.ofNullable(findPackageDefault(p)))
                .orElse(null);
    }

    private DeclaredPolicy findPackageDefault(PackageElement own) {
        String name = mirrors.qualifiedName(own);
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

    /** The shared defaults of a class: the application's, then its package's. */
    List<DeclaredPolicy> defaults(DeclaredPolicy application, TypeElement type) {
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
}
