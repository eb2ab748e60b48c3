package dev.preflight.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Names of classes and parameter types as the runtime sees them at deployment ({@link Class#getName()},
 * {@link Class#getTypeName()}), which is how the generated table keys a resource method.
 */
final class RuntimeTypeNames {
    private final Elements elements;
    private final Types types;
    private final Mirrors mirrors;
    private final JakartaRestAnnotations jakartaRest;

    RuntimeTypeNames(Elements elements, Types types, Mirrors mirrors, JakartaRestAnnotations jakartaRest) {
        this.elements = elements;
        this.mirrors = mirrors;
        this.types = types;
        this.jakartaRest = jakartaRest;
    }

    /**
     * The binary names a container may report a resource class under: its own
     * ({@code com.example.Outer$Inner}), then those of its supertypes that carry {@code @Path} (RESTEasy
     * reports the interface that does).
     */
    List<String> reportedAs(TypeElement type) {
        List<String> reportedAs = new ArrayList<>(List.of(elements.getBinaryName(type).toString()));
        for (TypeElement supertype : jakartaRest.supertypes(type)) {
            if (mirrors.annotation(supertype, JakartaRestAnnotations.PATH) != null) {
                reportedAs.add(elements.getBinaryName(supertype).toString());
            }
        }
        return reportedAs;
    }

    /** The erased parameter types as {@link Class#getTypeName()} names them: {@code long, com.example.Outer$Inner}. */
    List<String> parameterTypes(ExecutableElement method) {
        List<String> names = new ArrayList<>();
        method.getParameters().forEach(p -> names.add(typeName(types.erasure(p.asType()))));
        return names;
    }

    /** The parameter types as source code names them, erased: {@code long, com.example.Outer.Inner}. */
    String sourceTypeNames(ExecutableElement method) {
        return String.join(", ", parameterTypes(method)).replace('$', '.');
    }

    /**
     * The name of an erased type as {@link Class#getTypeName()} writes it at run time
     * ({@code com.example.User$Address[]}), built from its element: {@code toString()} would keep
     * type-use annotations ({@code @NotBlank java.lang.String}).
     */
    private String typeName(TypeMirror erased) {
        if (erased.getKind().isPrimitive()) {
            return erased.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (erased instanceof ArrayType array) {
            return typeName(types.erasure(array.getComponentType())) + "[]";
        }
        TypeElement element = JakartaRestAnnotations.asTypeElement(erased);
        return element != null ? elements.getBinaryName(element).toString() : erased.toString();
    }
}
