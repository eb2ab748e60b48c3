package dev.preflight.processor.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The attribute values of one {@code @CrossOrigin} as written, and which of them were written
 * explicitly (the others hold the annotation's defaults).
 */
public record DeclaredPolicy(SourceSite site, Set<Attribute> explicit, AttributeValues values) implements PolicyValues {

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
}
