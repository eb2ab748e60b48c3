package dev.preflight.processor.read;

import dev.preflight.processor.model.SourceSite;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * A {@link SourceSite} backed by the element (and, for a declaration, the annotation mirror) it was
 * read from; {@link Mirrors#site} makes one.
 *
 * @param mirror the annotation, or {@code null} for the element itself
 * @param warningsSuppressed whether {@code @SuppressWarnings("cors")} covers the element
 */
record ElementSite(Element element, AnnotationMirror mirror, boolean warningsSuppressed)
        implements SourceSite {

    static final String SUPPRESSION_KEY = "cors";

    @Override
    public String describe() {
        if (element instanceof ExecutableElement method) {
            return method.getEnclosingElement().getSimpleName() + "." + signature(method);
        }
        if (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.INTERFACE
                || element.getKind() == ElementKind.ENUM || element.getKind() == ElementKind.RECORD) {
            return element.getSimpleName().toString();
        }
        return element.toString();
    }

    @Override
    public String qualifiedDescription() {
        if (element instanceof ExecutableElement method) {
            return "method " + method.getEnclosingElement() + "." + signature(method);
        }
        return (element.getKind() == ElementKind.PACKAGE ? "package " : element.getKind().isInterface()
                ? "interface " : "class ") + element;
    }

    private static String signature(ExecutableElement method) {
        StringBuilder s = new StringBuilder(method.getSimpleName()).append('(');
        for (VariableElement p : method.getParameters()) {
            s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ").append(p.asType());
        }
        return s.append(')').toString();
    }
}
