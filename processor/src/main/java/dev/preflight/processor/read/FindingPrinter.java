package dev.preflight.processor.read;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.model.Attribute;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Prints a finding as a compiler diagnostic on the element, the {@code @CrossOrigin} and the attribute
 * value at fault, so that javac prints the right line and an IDE underlines the right value. It lives
 * with the reader because only the reader knows what stands behind a {@code SourceSite}: the element
 * and annotation it read.
 */
public final class FindingPrinter {
    private FindingPrinter() {
    }

    public static void print(Messager messager, Diagnostic.Kind kind, Finding finding) {
        if (!(finding.site() instanceof ElementSite site)) {
            messager.printMessage(kind, finding.text()); // never: every site of a finding was read here
            return;
        }
        AnnotationMirror mirror = site.mirror();
        if (mirror == null) {
            messager.printMessage(kind, finding.text(), site.element());
            return;
        }
        AnnotationValue value = finding.attribute() == null ? null : valueOf(mirror, finding.attribute(), finding.index());
        if (value == null) {
            messager.printMessage(kind, finding.text(), site.element(), mirror);
        } else {
            messager.printMessage(kind, finding.text(), site.element(), mirror, value);
        }
    }

    /** The value written for {@code attribute}, or its {@code index}-th array element when there is one. */
    private static AnnotationValue valueOf(AnnotationMirror mirror, Attribute attribute, int index) {
        AnnotationValue value = null;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            String name = e.getKey().getSimpleName().toString();
            if (name.equals(attribute.javaName())
                    || (value == null && attribute == Attribute.ORIGINS && name.equals(Attribute.VALUE.javaName()))) {
                value = e.getValue();
            }
        }
        if (value != null && index >= 0 && value.getValue() instanceof List<?> items && index < items.size()
                && items.get(index) instanceof AnnotationValue item) {
            return item;
        }
        return value;
    }
}
