package dev.preflight.processor.model;

/**
 * Where a model object came from in the source: opaque to the model and to the validation rules,
 * which stay free of {@code javax.lang.model}; the processor's reporter turns it back into an element
 * and an annotation for the diagnostic.
 */
public interface SourceSite {
    /** A human-readable name of the site, such as {@code UserResource.delete(long)}. */
    String describe();

    /**
     * The site with its kind and full name, such as {@code method com.example.UserResource.delete(long)},
     * {@code class com.example.UserResource} or {@code package com.example}: what the audit report
     * names as the origin of a value.
     */
    String qualifiedDescription();

    /**
     * Whether {@code @SuppressWarnings("cors")} is on the element or on one that encloses it (its
     * method or class), as Java scopes {@code @SuppressWarnings}: Preflight's warnings there are dropped,
     * its errors never.
     */
    boolean warningsSuppressed();
}
