package dev.preflight.bench.exchange;

import java.net.URI;
import java.util.List;

/** The policy of the benchmark resources, for configuring the implementations that do not read annotations. */
public final class Policy {
    public static final URI BASE_URI = URI.create("https://api.example.com/");
    public static final String HOST = "api.example.com";
    public static final String APP_ORIGIN = "https://app.example.com";
    public static final String REQUESTED_METHOD = "PUT";
    /** As Chromium sends it: lower case, sorted, no spaces. */
    public static final String REQUESTED_HEADERS = "authorization,content-type";
    public static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type");
    public static final String EXPOSED_HEADER = "X-Total-Count";
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");
    public static final long MAX_AGE = 1800;
    public static final String ORIGIN_PATTERN = "https://*.example.com";
    /** {@link #ORIGIN_PATTERN} as the regular expression a hand-written filter would use. */
    public static final String ORIGIN_REGEX = "https://[a-z0-9.-]+\\.example\\.com";

    private Policy() {
    }

    /** The {@code i}-th origin of the allowlist resources. */
    static String client(int i) {
        return String.format("https://client-%03d.example.org", i);
    }
}
