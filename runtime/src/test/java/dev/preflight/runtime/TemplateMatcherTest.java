package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The allocation-free template match gives exactly the regular expression's answer, or declines. */
class TemplateMatcherTest {
    /** Regular expressions as the processor writes them for templates. */
    private static final List<String> HANDLED = List.of(
            "\\Qusers/\\E([^/]+)",
            "\\Qusers/\\E([0-9]+)",
            "\\Qusers/\\E([0-9]+)\\Q/avatar\\E",
            "\\Qusers/\\E(\\d+)\\Q/\\E([^/]+)",
            "\\Qfiles/\\E(\\w+)\\Q.txt\\E",
            "([^/]+)\\Q/items\\E",
            "\\Qa/\\E([a-z0-9]*)\\Q-\\E([A-F]+)");
    private static final List<String> DECLINED = List.of(
            "\\Qusers/\\E(.+)",
            "\\Qusers/\\E([^/]+)([0-9]+)",
            "\\Qfiles/\\E([a-z.]+)\\Q.txt\\E",
            "\\Qv\\E([0-9]{1,3})",
            "\\Qa\\E\\\\E\\Qb\\E([^/]+)",
            "\\Qx/\\E([a-z]+|[0-9]+)");
    private static final List<String> PATHS = List.of("", "users", "users/", "users/42", "users/abc", "users/42/",
            "users/42/avatar", "users//avatar", "users/4a2/avatar", "users/42/avatar/x", "users/7/bob",
            "users/7/bob/", "users/x/bob", "files/readme.txt", "files/read_me.txt", "files/.txt", "files/a.b.txt",
            "x/items", "x/y/items", "/items", "a/-F", "a/09z-ABC", "a/09Z-ABC", "a/-", "users/\u00e9",
            "users/4\u0662");

    @Test
    void agreesWithTheRegularExpression() {
        for (String regex : HANDLED) {
            TemplateMatcher fast = TemplateMatcher.of(regex);
            assertNotNull(fast, regex);
            Pattern pattern = Pattern.compile(regex);
            for (String path : PATHS) {
                assertEquals(pattern.matcher(path).matches(), fast.matches(path), regex + " on " + path);
            }
        }
    }

    @Test
    void declinesWhatItCannotMatchExactly() {
        for (String regex : DECLINED) {
            assertNull(TemplateMatcher.of(regex), regex);
        }
    }

    @Test
    void routesMatchTemplatesEitherWay() {
        PreflightRoute fast = PreflightRoute.template("users/{id: [0-9]+}", "\\Qusers/\\E([0-9]+)")
                .method("PUT", policy()).allowMethods("", "PUT").build();
        PreflightRoute regex = PreflightRoute.template("users/{id: [0-9]{1,9}}", "\\Qusers/\\E([0-9]{1,9})")
                .method("PUT", policy()).allowMethods("", "PUT").build();
        for (PreflightRoute route : List.of(fast, regex)) {
            assertEquals(true, route.matches("users/42"), route.toString());
            assertEquals(false, route.matches("users/x"), route.toString());
        }
    }

    private static CorsPolicy policy() {
        return CorsPolicy.builder().origins("https://app.example.com"::equals).build();
    }
}
