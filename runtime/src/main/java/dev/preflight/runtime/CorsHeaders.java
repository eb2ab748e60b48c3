package dev.preflight.runtime;

/** The header names of the CORS protocol, as the Fetch standard spells them. */
public final class CorsHeaders {
    public static final String ORIGIN = "Origin";
    public static final String VARY = "Vary";
    public static final String REQUEST_METHOD = "Access-Control-Request-Method";
    public static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
    public static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    public static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    public static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    public static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    public static final String MAX_AGE = "Access-Control-Max-Age";
    public static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";

    /** {@code Vary} of every preflight answer: each of these request headers changes it. */
    public static final String PREFLIGHT_VARY = ORIGIN + ", " + REQUEST_METHOD + ", " + REQUEST_HEADERS;

    private CorsHeaders() {
    }
}
