package dev.preflight.processor.model;

/**
 * The attributes of {@code @CrossOrigin}, by the names the annotation declares: the one list the
 * processor's plumbing (reading, merging, comparing, reporting) goes through, so that an attribute is
 * declared here and in the annotation, and then only where its value turns into a header (the plan's
 * {@code PolicyRows}, the runtime's {@code PolicyRow} and {@code CorsPolicy}) and in its own rules.
 */
public enum Attribute {
    /** An alias of {@link #ORIGINS}: its values are read into {@code ORIGINS}, never held on their own. */
    VALUE("value", Kind.STRINGS, null),
    ORIGINS("origins", Kind.STRINGS, java.util.List.of()),
    ORIGIN_PATTERNS("originPatterns", Kind.STRINGS, java.util.List.of()),
    ALLOWED_HEADERS("allowedHeaders", Kind.STRINGS, java.util.List.of()),
    EXPOSED_HEADERS("exposedHeaders", Kind.STRINGS, java.util.List.of()),
    /** The HTTP methods allowed; empty for those the resource methods implement. */
    METHODS("methods", Kind.STRINGS, java.util.List.of()),
    ALLOW_CREDENTIALS("allowCredentials", Kind.FLAG, false),
    MAX_AGE("maxAge", Kind.SECONDS, DeclaredPolicy.DEFAULT_MAX_AGE),
    ALLOW_PRIVATE_NETWORK("allowPrivateNetwork", Kind.FLAG, false);

    /** How an attribute's value is held: {@code List<String>}, {@code Boolean} or {@code Long}. */
    public enum Kind {
        STRINGS,
        FLAG,
        SECONDS
    }

    private final String javaName;
    private final Kind kind;
    private final Object defaultValue;

    Attribute(String javaName, Kind kind, Object defaultValue) {
        this.javaName = javaName;
        this.kind = kind;
        this.defaultValue = defaultValue;
    }

    /** The attribute's name in Java source. */
    public String javaName() {
        return javaName;
    }

    public Kind kind() {
        return kind;
    }

    /** The annotation's default, as {@link AttributeValues} holds it. */
    public Object defaultValue() {
        return defaultValue;
    }

    /**
     * Whether a policy holds a value of its own for this attribute: every attribute but {@link #VALUE}, the
     * alias.
     */
    public boolean isHeld() {
        return this != VALUE;
    }

    /**
     * Whether the audit report lists the attribute's value for a covered endpoint: {@link #METHODS} decides
     * which endpoints are covered, which the report says per endpoint instead.
     */
    public boolean isReported() {
        return isHeld() && this != METHODS;
    }

    public static Attribute byJavaName(String name) {
        for (Attribute a : values()) {
            if (a.javaName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("@CrossOrigin has no attribute " + name);
    }
}
