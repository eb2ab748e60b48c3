package dev.preflight.processor.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A value for every attribute a policy holds ({@link Attribute#isHeld()}), immutable: lists of strings,
 * flags and seconds, as {@link Attribute#kind()} says. Equal values make equal policies.
 */
public final class AttributeValues {
    private final Map<Attribute, Object> values;
    /**
     * The hash, once computed: policies are folded by value in hash sets and maps, thousands of times
     * at a thousand resources, and an enum map hashes every entry each time.
     */
    private int hash;

    private AttributeValues(Map<Attribute, Object> values) {
        this.values = values;
    }

    /** The annotation's defaults. */
    public static AttributeValues defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Object get(Attribute attribute) {
        return values.get(attribute);
    }

    @SuppressWarnings("unchecked") // the builder checks each value against its attribute's kind
    public List<String> strings(Attribute attribute) {
        return (List<String>) values.get(attribute);
    }

    public boolean flag(Attribute attribute) {
        return (Boolean) values.get(attribute);
    }

    public long seconds(Attribute attribute) {
        return (Long) values.get(attribute);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof AttributeValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = values.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Starts from the annotation's defaults. */
    public static final class Builder {
        private final Map<Attribute, Object> values = new EnumMap<>(Attribute.class);

        private Builder() {
            for (Attribute attribute : Attribute.values()) {
                if (attribute.isHeld()) {
                    values.put(attribute, attribute.defaultValue());
                }
            }
        }

        public Builder set(Attribute attribute, Object value) {
            if (!attribute.isHeld()) {
                throw new IllegalArgumentException(attribute + " is not held of its own");
            }
            Object checked = switch (attribute.kind()) {
                case STRINGS -> List.copyOf((List<?>) value).stream().map(String.class::cast).toList();
                case FLAG -> (Boolean) value;
                case SECONDS -> (Long) value;
            };
            values.put(attribute, checked);
            return this;
        }

        /** Sets an attribute to its value in {@code from}, which has been checked already. */
        public Builder copy(Attribute attribute, AttributeValues from) {
            if (!attribute.isHeld()) {
                throw new IllegalArgumentException(attribute + " is not held of its own");
            }
            values.put(attribute, from.values.get(attribute));
            return this;
        }

        public AttributeValues build() {
            return new AttributeValues(new EnumMap<>(values));
        }
    }
}
