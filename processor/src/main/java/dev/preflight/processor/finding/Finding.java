package dev.preflight.processor.finding;

import dev.preflight.processor.model.Attribute;
import dev.preflight.processor.model.DeclaredPolicy;
import dev.preflight.processor.model.SourceSite;

/**
 * One problem found in the model, and where to point: an attribute value of a declaration, a whole
 * declaration, or an element.
 *
 * @param site the element at fault
 * @param declaration the {@code @CrossOrigin} at fault, or {@code null} for the element itself
 * @param attribute the attribute at fault, or {@code null} for the whole annotation
 * @param index the index of the array element at fault, or -1 for the whole attribute
 */
public record Finding(Rule rule, String message, SourceSite site, DeclaredPolicy declaration,
        Attribute attribute, int index) {

    /** A finding on an attribute value of {@code declaration}. */
    public static Finding at(Rule rule, DeclaredPolicy declaration, Attribute attribute, int index, String message) {
        return new Finding(rule, message, declaration.site(), declaration, attribute, index);
    }

    /** A finding on an element, not on any annotation of it. */
    public static Finding on(Rule rule, SourceSite site, String message) {
        return new Finding(rule, message, site, null, null, -1);
    }

    /** The message as the user reads it, with the rule's code in front. */
    public String text() {
        return "[preflight " + rule.code() + "] " + message;
    }
}
