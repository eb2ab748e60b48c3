package dev.preflight.processor.model;

/** The attributes of {@code @CrossOrigin}, by the names the annotation declares. */
public enum Attribute {
    VALUE("value"),
    ORIGINS("origins"),
    ORIGIN_PATTERNS("originPatterns"),
    ALLOWED_HEADERS("allowedHeaders"),
    EXPOSED_HEADERS("exposedHeaders"),
    METHODS("methods"),
    ALLOW_CREDENTIALS("allowCredentials"),
    MAX_AGE("maxAge"),
    ALLOW_PRIVATE_NETWORK("allowPrivateNetwork");

    private final String javaName;

    Attribute(String javaName) {
        this.javaName = javaName;
    }

    /** The attribute's name in Java source. */
    public String javaName() {
        return javaName;
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
