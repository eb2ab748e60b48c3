package dev.preflight.processor.plan;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Jakarta REST path template ({@code users/{id: [0-9]+}}) turned into the regular expression that
 * Jakarta REST matches request paths with, and the figures its precedence rules sort by
 * (Jakarta REST 3.1, section 3.7.2).
 *
 * @param template the template, without leading or trailing slash
 * @param regex the regular expression, or {@code null} when the template has no parameter
 * @param literalCharacters characters outside parameters (first sort key, descending)
 * @param parameters template parameters (second key)
 * @param regexParameters parameters with their own regular expression (third key)
 */
public record PathTemplate(String template, String regex, int literalCharacters, int parameters,
        int regexParameters) {

    private static final String DEFAULT_PARAMETER_REGEX = "[^/]+";

    /** Joins a class path and a method path as Jakarta REST does. */
    public static String join(String classPath, String methodPath) {
        String a = trimSlashes(classPath);
        String b = trimSlashes(methodPath);
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException when a parameter is unclosed or its regular expression does
     *     not compile
     */
    public static PathTemplate parse(String path) {
        String template = trimSlashes(path);
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int literals = 0;
        int parameters = 0;
        int regexParameters = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                literal.append(c);
                literals++;
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            while (j < template.length() && depth > 0) {
                char d = template.charAt(j);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                }
                j++;
            }
            if (depth > 0) {
                throw new IllegalArgumentException("path template \"" + template + "\" has an unclosed {");
            }
            String parameter = template.substring(i + 1, j - 1);
            int colon = parameter.indexOf(':');
            String parameterRegex = colon < 0 ? DEFAULT_PARAMETER_REGEX : parameter.substring(colon + 1).strip();
            if (parameterRegex.isEmpty()) {
                parameterRegex = DEFAULT_PARAMETER_REGEX;
            } else if (colon >= 0) {
                regexParameters++;
            }
            try {
                Pattern.compile(parameterRegex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("path template \"" + template + "\" has a parameter whose "
                        + "regular expression does not compile: " + e.getDescription(), e);
            }
            flushLiteral(literal, regex);
            regex.append('(').append(parameterRegex).append(')');
            parameters++;
            i = j;
        }
        flushLiteral(literal, regex);
        return new PathTemplate(template, parameters == 0 ? null : regex.toString(), literals, parameters,
                regexParameters);
    }

    /** Whether the template has no parameter, so that its path matches by string equality. */
    public boolean isLiteral() {
        return regex == null;
    }

    /** What identifies the paths this template matches: two templates with one key are one route. */
    public String matchKey() {
        return regex == null ? template : regex;
    }

    private static void flushLiteral(StringBuilder literal, StringBuilder regex) {
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
