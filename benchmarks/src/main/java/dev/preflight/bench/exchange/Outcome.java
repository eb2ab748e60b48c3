package dev.preflight.bench.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an implementation did with one request: answered it itself (with {@code status}) or let it
 * through to the resource method ({@link #PASSED}), and the response headers it set.
 */
public record Outcome(int status, Map<String, String> headers) {
    public static final int PASSED = 0;

    /** Header names in lower case, several values joined with ", ". */
    public static Outcome of(int status, Map<String, ? extends List<?>> headers) {
        Map<String, String> flat = new TreeMap<>();
        headers.forEach((name, values) -> {
            StringBuilder joined = new StringBuilder();
            for (Object value : values) {
                joined.append(joined.length() == 0 ? "" : ", ").append(value);
            }
            flat.merge(name.toLowerCase(Locale.ROOT), joined.toString(), (a, b) -> a + ", " + b);
        });
        return new Outcome(status, flat);
    }

    /**
     * Whether this is what a correct CORS implementation does with the request of {@code scenario}.
     *
     * @return {@code null} if so, else what is wrong
     */
    public String problemFor(Scenario scenario) {
        String allowOrigin = headers.get("access-control-allow-origin");
        switch (scenario.kind) {
            case PREFLIGHT:
                if (status < 200 || status > 299) {
                    return "a preflight must be answered 2xx, was " + describe();
                }
                if (!scenario.origin.equals(allowOrigin)
                        || !"true".equals(headers.get("access-control-allow-credentials"))
                        || !lists(headers.get("access-control-allow-methods"), Policy.REQUESTED_METHOD)
                        || !Policy.ALLOWED_HEADERS.stream().allMatch(h -> lists(headers.get("access-control-allow-headers"), h))
                        || !String.valueOf(Policy.MAX_AGE).equals(headers.get("access-control-max-age"))) {
                    return "preflight headers missing or wrong: " + describe();
                }
                return null;
            case ALLOWED:
                if (status != PASSED) {
                    return "an allowed request must reach the resource, was " + describe();
                }
                if (!scenario.origin.equals(allowOrigin)
                        || !"true".equals(headers.get("access-control-allow-credentials"))
                        || !lists(headers.get("access-control-expose-headers"), Policy.EXPOSED_HEADER)
                        || !lists(headers.get("vary"), "Origin")) {
                    return "actual-response headers missing or wrong: " + describe();
                }
                return null;
            case NO_ORIGIN:
                if (status != PASSED || headers.keySet().stream().anyMatch(h -> h.startsWith("access-control-"))) {
                    return "a request without Origin must pass without CORS headers, was " + describe();
                }
                return null;
            case REFUSED:
                if (allowOrigin != null || !(status == 403 || status == PASSED)) {
                    return "a refused origin must get 403 or no Access-Control-Allow-Origin, was " + describe();
                }
                return null;
            default:
                throw new IllegalArgumentException(scenario.kind.toString());
        }
    }

    private String describe() {
        return (status == PASSED ? "passed" : "status " + status) + " " + headers;
    }

    /** Whether the comma-separated {@code list} has {@code element}, ignoring case. */
    private static boolean lists(String list, String element) {
        if (list == null) {
            return false;
        }
        for (String item : list.split(",")) {
            if (item.strip().equalsIgnoreCase(element)) {
                return true;
            }
        }
        return false;
    }
}
