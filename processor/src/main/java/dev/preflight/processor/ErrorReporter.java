package dev.preflight.processor;

import dev.preflight.processor.finding.Finding;
import dev.preflight.processor.finding.Rule;
import dev.preflight.processor.read.FindingPrinter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Turns findings into compiler diagnostics on the element, the {@code @CrossOrigin} and the attribute
 * value at fault, so that javac prints the right line and an IDE underlines the right value. Reports
 * each finding once, however many resource methods share the annotation it points at.
 */
final class ErrorReporter {
    private final Messager messager;
    private final Set<Finding> reported = new LinkedHashSet<>();
    private boolean errors;

    ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    void report(List<Finding> findings) {
        findings.forEach(this::report);
    }

    void report(Finding finding) {
        if (!reported.add(finding)) {
            return;
        }
        Diagnostic.Kind kind = finding.rule().severity() == Rule.Severity.ERROR
                ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
        errors |= kind == Diagnostic.Kind.ERROR;
        FindingPrinter.print(messager, kind, finding);
    }

    /** An error that belongs to no element, such as a bad processor option. */
    void error(String message) {
        errors = true;
        messager.printMessage(Diagnostic.Kind.ERROR, message);
    }

    /** An unexpected failure: an error on the element, never an exception out of the processor. */
    void bug(Element element, Throwable failure) {
        errors = true;
        StringBuilder trace = new StringBuilder();
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (trace.length() > 1500) {
                break;
            }
            trace.append("\n\tat ").append(frame);
        }
        messager.printMessage(Diagnostic.Kind.ERROR, "[preflight] internal error while processing "
                + (element == null ? "this compilation" : element) + ": " + failure
                + ". This is a bug in Preflight; please report it with this message and the annotated source."
                + trace, element);
    }

    boolean hasErrors() {
        return errors;
    }
}
