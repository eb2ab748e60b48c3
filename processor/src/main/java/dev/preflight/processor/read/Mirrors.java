package dev.preflight.processor.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;

/**
 * Reading annotation mirrors by name: the processor never loads the annotation classes it reads.
 *
 * <p>One per round. It remembers each type's qualified name by the type's element: javac's names are
 * not strings, and comparing one with a string converts it to a new string each time, for every
 * annotation of every element read, while a round has only a few annotation types.
 */
final class Mirrors {
    /** The qualified name of each type looked at, by its element. */
    private final Map<Element, String> qualifiedNames = new IdentityHashMap<>();
    /** Whether {@code @SuppressWarnings("cors")} covers an element, by element. */
    private final Map<Element, Boolean> suppressed = new IdentityHashMap<>();

    /** The annotation of type {@code type} on {@code element}, or {@code null}. */
    AnnotationMirror annotation(Element element, String type) {
        for (AnnotationMirror a : element.getAnnotationMirrors()) {
            if (type.equals(qualifiedName(a.getAnnotationType().asElement()))) {
                return a;
            }
        }
        return null;
    }

    /** The qualified name of a type or package, {@code ""} for any other element. */
    String qualifiedName(Element element) {
        String name = qualifiedNames.get(element);
        if (name == null) {
            name = element instanceof QualifiedNameable q ? q.getQualifiedName().toString() : "";
            qualifiedNames.put(element, name);
        }
        return name;
    }

    /** A site for {@code element}, and {@code mirror} on it, if any. */
    ElementSite site(Element element, AnnotationMirror mirror) {
        return new ElementSite(element, mirror, suppressed(element));
    }

    /** Whether the element or one enclosing it, short of its package, carries {@code @SuppressWarnings("cors")}. */
    private boolean suppressed(Element element) {
        if (element == null || element instanceof PackageElement) {
            return false;
        }
        Boolean known = suppressed.get(element);
        if (known == null) {
            known = suppressesCors(annotation(element, "java.lang.SuppressWarnings"))
                    || suppressed(element.getEnclosingElement());
            suppressed.put(element, known);
        }
        return known;
    }

    private static boolean suppressesCors(AnnotationMirror suppress) {
        if (suppress == null) {
            return false;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : suppress.getElementValues().entrySet()) {
            Object value = v.getValue().getValue();
            List<?> keys = value instanceof List<?> list ? list : List.of(v.getValue());
            for (Object key : keys) {
                if (key instanceof AnnotationValue k && ElementSite.SUPPRESSION_KEY.equals(k.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The string written for {@code value}, or {@code null}. */
    static String stringValue(AnnotationMirror mirror) {
        return attributeValue(mirror, "value") instanceof String s ? s : null;
    }

    /** The value written for an attribute ({@code List<AnnotationValue>} for an array), or {@code null}. */
    static Object attributeValue(AnnotationMirror mirror, String name) {
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

    /** The strings of an array attribute; anything javac could not evaluate is left out (javac reports it). */
    static List<String> strings(Object value) {
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
}
