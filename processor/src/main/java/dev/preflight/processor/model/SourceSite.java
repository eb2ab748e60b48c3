package dev.preflight.processor.model;

/**
 * Where a model object came from in the source: opaque to the model and to the validation rules,
 * which stay free of {@code javax.lang.model}; the processor's reporter turns it back into an element
 * and an annotation for the diagnostic.
 */
public interface SourceSite {
    /** A human-readable name of the site, such as {@code UserResource.delete(long)}. */
    String describe();
}
