package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Path templates matched from an offset, without copying the path: the string walk must give exactly
 * what the regular expression Jakarta REST compiles gives, {@code template(/.*)?} for class and locator
 * paths and {@code template(/)?} for sub-resource methods.
 */
class PathPatternTest {
    private static final List<String> TEMPLATES = List.of("users", "users/{id}", "{id}", "users/{id: [0-9]+}",
            "a/{x}/b", "{a}-{b}", "v{n: \\d+}/items", "{path: .+}", "files/{name: [a-z]*}.txt", "x{y}", "{y}x",
            "{v: v[0-9]+}/accounts", "café", "my docs", "{a: [^/]+}/{b: \\w+}");
    private static final String ALPHABET = "ab1/-x.v9%é ";

    @Test
    void walkingAndRegularExpressionsAgreeOnGeneratedPaths() {
        Random random = new Random(HostileValues.SEED);
        int checked = 0;
        for (String template : TEMPLATES) {
            PathPattern pattern = PathPattern.parse(template);
            Pattern prefix = Pattern.compile(reference(template) + "(/.*)?");
            Pattern whole = Pattern.compile(reference(template) + "(/)?");
            for (int i = 0; i < 2_000; i++) {
                StringBuilder path = new StringBuilder(random.nextBoolean() ? "/" : "");
                int length = random.nextInt(12);
                for (int c = 0; c < length; c++) {
                    path.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                String p = random.nextInt(4) == 0 ? template.replaceAll("\\{[^}]*}", "7") + path : path.toString();
                int from = p.startsWith("/") ? 1 : 0;
                Matcher m = prefix.matcher(p).region(from, p.length());
                int expected = !m.matches() ? -1 : m.start(m.groupCount()) < 0 ? p.length() : m.start(m.groupCount());
                assertEquals(expected, pattern.matchPrefix(p, from, false), () -> template + " prefix of " + p);
                assertEquals(whole.matcher(p).region(from, p.length()).matches(), pattern.matchesWhole(p, from, false),
                        () -> template + " whole " + p);
                checked++;
            }
        }
        assertTrue(checked >= 30_000);
    }

    @Test
    void literalTextIsEncodedAsTheRuntimesEncodeItForThePathAsSent() {
        PathPattern cafe = PathPattern.parse("/café/");
        assertEquals(9, cafe.matchPrefix("caf%C3%A9", 0, true));
        assertEquals(-1, cafe.matchPrefix("caf%C3%A9", 0, false));
        assertEquals(5, cafe.matchPrefix("/café/x", 1, false));
        assertTrue(PathPattern.parse("my docs").matchesWhole("/my%20docs/", 1, true));
        assertFalse(PathPattern.parse("my docs").matchesWhole("/my%20docs", 1, false));
    }

    /** The regular expression Jakarta REST 3.1 section 3.7.3 gives a template, written independently. */
    private static String reference(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}").matcher(template);
        int at = 0;
        while (parameter.find()) {
            if (parameter.start() > at) {
                regex.append(Pattern.quote(template.substring(at, parameter.start())));
            }
            String own = parameter.group(1);
            regex.append('(').append(own == null ? "[^/]+" : own.strip()).append(')');
            at = parameter.end();
        }
        if (at < template.length()) {
            regex.append(Pattern.quote(template.substring(at)));
        }
        return regex.toString();
    }
}
