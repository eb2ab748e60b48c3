package dev.preflight.processor.read;

import dev.preflight.processor.model.SourceSite;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * A {@link SourceSite} backed by the element (and, for a declaration, the {@code @CrossOrigin}
 * mirror) it was read from.
 *
 * @param mirror the annotation, or {@code null} for the element itself
 */
public record ElementSite(Element element, AnnotationMirror mirror) implements SourceSite {

    /**
     * {@code method com.example.UserResource.delete(long)}, {@code class com.example.UserResource},
     * {@code package com.example}: what the audit report names as a value's origin.
     */
    @Override
    public String describe() {
        if (element instanceof ExecutableElement method) {
            StringBuilder s = new StringBuilder("method ").append(method.getEnclosingElement())
                    .append('.').append(method.getSimpleName()).append('(');
            for (VariableElement p : method.getParameters()) {
                s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ").append(p.asType());
            }
            return s.append(')').toString();
        }
        return (element.getKind() == ElementKind.PACKAGE ? "package " : element.getKind().isInterface()
                ? "interface " : "class ") + element;
    }
}
