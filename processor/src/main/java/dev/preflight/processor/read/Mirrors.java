package dev.preflight.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reading annotation mirrors by name: the processor never loads the annotation classes it reads. */
final class Mirrors {
    private Mirrors() {
    }

    /** The annotation of type {@code type} on {@code element}, or {@code null}. */
    static AnnotationMirror annotation(Element element, String type) {
        for (AnnotationMirror a : element.getAnnotationMirrors()) {
            if (a.getAnnotationType().asElement() instanceof TypeElement t
                    && t.getQualifiedName().contentEquals(type)) {
                return a;
            }
        }
        return null;
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
