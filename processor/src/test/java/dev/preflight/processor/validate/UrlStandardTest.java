package dev.preflight.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.testing.Json;
import dev.preflight.runtime.OriginProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The origin checks against the URL standard's own test data (web-platform-tests, {@code url/resources}),
 * read from {@code ../shared/wpt-url/} beside the repository: every input a browser rejects must be E3,
 * every one it serializes differently must have the browser's serialization as its fix, and every
 * canonical origin must pass.
 */
class UrlStandardTest {
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("(?i)^https?://.*", Pattern.DOTALL);

    /** The test data directory: {@code ../shared/wpt-url} of the repository root, found from the module directory. */
    static Path testData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path parent = dir.getParent();
            if (parent != null && Files.isDirectory(parent.resolve("shared/wpt-url"))) {
                return parent.resolve("shared/wpt-url");
            }
        }
        throw new IllegalStateException("no ../shared/wpt-url beside the repository, walking up from "
                + Path.of("").toAbsolutePath());
    }

    private static Object read(String file) throws IOException {
        return Json.parse(Files.readString(testData().resolve(file), StandardCharsets.UTF_8));
    }

    /** The URL parser's first step: C0 controls and spaces stripped at both ends, tabs and newlines dropped. */
    private static String cleaned(String input) {
        int from = 0;
        int to = input.length();
        while (from < to && input.charAt(from) <= 0x20) {
            from++;
        }
        while (to > from && input.charAt(to - 1) <= 0x20) {
            to--;
        }
        return input.substring(from, to).replaceAll("[\t\n\r]", "");
    }

    @Test
    void urlTestData() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Object entry : (List<?>) read("urltestdata.json")) {
            if (!(entry instanceof Map<?, ?> test) || !ABSOLUTE_HTTP.matcher(cleaned((String) test.get("input"))).matches()) {
                continue; // comments, other schemes, and relative references, whose meaning depends on a base
            }
            String input = (String) test.get("input");
            OriginProblem problem = DomainToAscii.problemWith(input);
            String shown = input + " -> " + (problem == null ? "accepted" : problem.kind() + " " + problem.message());
            if (Boolean.TRUE.equals(test.get("failure"))) {
                count(counts, "E3 rejected (browsers reject the URL)");
                if (problem == null || problem.kind() != OriginProblem.Kind.MALFORMED || problem.fix() != null) {
                    wrong.add("browsers reject it: " + shown);
                }
                continue;
            }
            // a few entries give no origin; for http: and https: it is protocol, "//" and host (with its port)
            String origin = test.get("origin") != null ? (String) test.get("origin")
                    : test.get("protocol") + "//" + test.get("host");
            if (input.equals(origin)) {
                if (problem == null) {
                    count(counts, "accepted canonical");
                } else if (input.indexOf('*') >= 0 && problem.kind() == OriginProblem.Kind.MALFORMED) {
                    count(counts, "E3 by Preflight's rule (a wildcard in origins)");
                } else if (isBadPort(origin) && problem.kind() == OriginProblem.Kind.MALFORMED) {
                    count(counts, "E3 bad port");
                } else {
                    wrong.add("canonical: " + shown);
                }
                continue;
            }
            if (problem == null) {
                wrong.add("browsers send " + origin + ": " + shown);
            } else if (problem.fix() != null) {
                if (!problem.fix().equals(origin)) {
                    wrong.add("browsers send " + origin + ", the fix is " + problem.fix() + ": " + shown);
                } else if (problem.kind() == OriginProblem.Kind.NOT_SERIALIZED) {
                    count(counts, "E4 with fix");
                    assertTrue(problem.message().endsWith("Use \"" + origin + "\""), shown);
                } else {
                    count(counts, "E3 with fix (a path, query, fragment, userinfo or whitespace)");
                }
                if (DomainToAscii.problemWith(problem.fix()) != null) {
                    wrong.add("the fix needs fixing: " + shown);
                }
            } else if (isBadPort(origin) && problem.kind() == OriginProblem.Kind.MALFORMED) {
                count(counts, "E3 bad port");
            } else if (input.indexOf('*') >= 0 && problem.kind() == OriginProblem.Kind.MALFORMED) {
                count(counts, "E3 by Preflight's rule (a wildcard in origins)");
            } else {
                wrong.add("browsers send " + origin + ", no fix suggested: " + shown);
            }
        }
        System.out.println("urltestdata.json, http: and https: URLs: " + counts);
        assertEquals(List.of(), wrong);
        assertTrue(counts.getOrDefault("accepted canonical", 0) > 0 && counts.getOrDefault("E4 with fix", 0) > 0
                && counts.getOrDefault("E3 rejected (browsers reject the URL)", 0) > 0, counts::toString);
    }

    @Test
    void toAsciiTestData() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Object entry : (List<?>) read("toascii.json")) {
            if (!(entry instanceof Map<?, ?> test)) {
                continue;
            }
            String input = (String) test.get("input");
            String output = (String) test.get("output");
            String origin = "https://" + input;
            OriginProblem problem = DomainToAscii.problemWith(origin);
            String shown = origin + " -> " + (problem == null ? "accepted" : problem.kind() + " " + problem.message());
            if (output == null) {
                count(counts, "E3 rejected");
                if (problem == null || problem.kind() != OriginProblem.Kind.MALFORMED) {
                    wrong.add("browsers reject it: " + shown);
                }
            } else if (output.equals(input)) {
                count(counts, "accepted canonical");
                if (problem != null) {
                    wrong.add("canonical: " + shown);
                }
            } else {
                count(counts, "E4 with fix");
                if (problem == null || problem.kind() != OriginProblem.Kind.NOT_SERIALIZED
                        || !("https://" + output).equals(problem.fix())) {
                    wrong.add("browsers send https://" + output + ": " + shown);
                }
            }
        }
        System.out.println("toascii.json, as https:// origins: " + counts);
        assertEquals(List.of(), wrong);
    }

    private static boolean isBadPort(String origin) {
        int colon = origin.lastIndexOf(':');
        if (colon < origin.indexOf("://") + 3 || origin.endsWith("]")) {
            return false;
        }
        try {
            return dev.preflight.runtime.Origins.isBadPort(Integer.parseInt(origin.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void count(Map<String, Integer> counts, String kind) {
        counts.merge(kind, 1, Integer::sum);
    }
}
