package dev.preflight.processor.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The attribute values of one {@code @CrossOrigin} as written, and which of them were written
 * explicitly (the others hold the annotation's defaults).
 */
public record DeclaredPolicy(SourceSite site, Set<Attribute> explicit, AttributeValues values) {

    public static final long DEFAULT_MAX_AGE = 1800;

    public DeclaredPolicy {
        explicit = explicit.isEmpty() ? EnumSet.noneOf(Attribute.class) : EnumSet.copyOf(explicit);
    }

    /**
     * Written out: the record's own goes through a method handle on every call, which is slow while the
     * processor's classes, loaded afresh for each compilation, still run interpreted; declarations are
     * hashed for every resource method that meets them.
     */
    @Override
    public int hashCode() {
        return (site.hashCode() * 31 + explicit.hashCode()) * 31 + values.hashCode();
    }

    public boolean isExplicit(Attribute attribute) {
        return explicit.contains(attribute)
                || (attribute == Attribute.ORIGINS && explicit.contains(Attribute.VALUE));
    }

    // the attributes the rules read most, by name

    public List<String> origins() {
        return values.strings(Attribute.ORIGINS);
    }

    public List<String> originPatterns() {
        return values.strings(Attribute.ORIGIN_PATTERNS);
    }

    public List<String> allowedHeaders() {
        return values.strings(Attribute.ALLOWED_HEADERS);
    }

    public List<String> exposedHeaders() {
        return values.strings(Attribute.EXPOSED_HEADERS);
    }

    /** The HTTP methods of {@code methods}. */
    public List<String> allowedMethods() {
        return values.strings(Attribute.METHODS);
    }

    public long maxAge() {
        return values.seconds(Attribute.MAX_AGE);
    }
}
