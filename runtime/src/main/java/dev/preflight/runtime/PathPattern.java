package dev.preflight.runtime;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code @Path} value as Jakarta REST matches request paths with it (Jakarta REST 3.1, sections
 * 3.7.2 and 3.7.3): literal text and parameters ({@code {id}}, {@code {id: [0-9]+}}), the figures its
 * precedence sorts by, and two compiled forms, one to match a decoded path and one to match the path as
 * sent (literal text percent-encoded as the runtimes encode templates). Built once, at deployment.
 */
final class PathPattern {
    private static final String DEFAULT_PARAMETER_REGEX = "[^/]+";

    /** The template without leading and trailing slashes, as written. */
    final String template;
    /** Characters outside parameters: the first precedence key, descending. */
    final int literalCharacters;
    /** Parameters: the second key. */
    final int parameters;
    /** Parameters with a regular expression of their own: the third key. */
    final int regexParameters;
    /** The template itself when it has no parameter, else {@code null}: matched without a regex. */
    private final String literal;
    private final String encodedLiteral;
    /** {@code template(/.*)?}, for class and locator paths; matched against the decoded path. */
    private final Pattern decodedPrefix;
    private final Pattern encodedPrefix;
    /** {@code template(/)?}, for sub-resource method paths. */
    private final Pattern decodedWhole;
    private final Pattern encodedWhole;
    private final String regex;

    private PathPattern(String template, int literalCharacters, int parameters, int regexParameters,
            String decodedRegex, String encodedRegex) {
        this.template = template;
        this.literalCharacters = literalCharacters;
        this.parameters = parameters;
        this.regexParameters = regexParameters;
        this.literal = parameters == 0 ? template : null;
        this.encodedLiteral = parameters == 0 ? encode(template) : null;
        this.regex = decodedRegex;
        this.decodedPrefix = parameters == 0 ? null : Pattern.compile("/" + decodedRegex + "(/.*)?");
        this.encodedPrefix = parameters == 0 ? null : Pattern.compile("/" + encodedRegex + "(/.*)?");
        this.decodedWhole = parameters == 0 ? null : Pattern.compile("/" + decodedRegex + "(/)?");
        this.encodedWhole = parameters == 0 ? null : Pattern.compile("/" + encodedRegex + "(/)?");
    }

    /**
     * Parses a {@code @Path} value.
     *
     * @throws IllegalArgumentException when a parameter is unclosed or its regular expression does not
     *     compile (the runtime itself would refuse to deploy such a resource)
     */
    static PathPattern parse(String path) {
        String template = trimSlashes(path);
        StringBuilder decodedRegex = new StringBuilder();
        StringBuilder encodedRegex = new StringBuilder();
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
            String regex = colon < 0 ? "" : parameter.substring(colon + 1).strip();
            if (regex.isEmpty()) {
                regex = DEFAULT_PARAMETER_REGEX;
            } else {
                regexParameters++;
            }
            appendLiteral(literal, decodedRegex, encodedRegex);
            // non-capturing groups would do; capturing ones keep the regex the runtimes compile
            decodedRegex.append('(').append(regex).append(')');
            encodedRegex.append('(').append(regex).append(')');
            parameters++;
            i = j;
        }
        appendLiteral(literal, decodedRegex, encodedRegex);
        return new PathPattern(template, literals, parameters, regexParameters, decodedRegex.toString(),
                encodedRegex.toString());
    }

    /** Whether the two patterns match the same paths, so that Jakarta REST treats them as one. */
    boolean sameAs(PathPattern other) {
        return literal != null ? literal.equals(other.literal) : regex.equals(other.regex);
    }

    /** Jakarta REST's precedence: more literal characters, then more parameters, then more regex parameters first. */
    int compareTo(PathPattern other) {
        if (literalCharacters != other.literalCharacters) {
            return Integer.compare(other.literalCharacters, literalCharacters);
        }
        if (parameters != other.parameters) {
            return Integer.compare(other.parameters, parameters);
        }
        return Integer.compare(other.regexParameters, regexParameters);
    }

    /**
     * Matches the start of {@code path} (which is empty or starts with {@code /}) as a class or locator
     * path: the template followed by the end or by {@code /...}.
     *
     * @return the rest of the path after the template (empty or starting with {@code /}), or {@code null}
     */
    String matchPrefix(String path, boolean encodedForm) {
        if (template.isEmpty()) {
            return path;
        }
        if (literal != null) {
            String text = encodedForm ? encodedLiteral : literal;
            int end = text.length() + 1;
            if (path.length() >= end && path.charAt(0) == '/' && path.startsWith(text, 1)
                    && (path.length() == end || path.charAt(end) == '/')) {
                return path.substring(end);
            }
            return null;
        }
        Matcher m = (encodedForm ? encodedPrefix : decodedPrefix).matcher(path);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(m.groupCount());
        return rest == null ? "" : rest;
    }

    /** Matches all of {@code path} as a sub-resource method's path: the template, then at most one {@code /}. */
    boolean matchesWhole(String path, boolean encodedForm) {
        if (template.isEmpty()) {
            return path.isEmpty() || path.equals("/");
        }
        if (literal != null) {
            String text = encodedForm ? encodedLiteral : literal;
            int end = text.length() + 1;
            return path.length() >= end && path.charAt(0) == '/' && path.startsWith(text, 1)
                    && (path.length() == end || (path.length() == end + 1 && path.charAt(end) == '/'));
        }
        return (encodedForm ? encodedWhole : decodedWhole).matcher(path).matches();
    }

    @Override
    public String toString() {
        return template;
    }

    private static void appendLiteral(StringBuilder literal, StringBuilder decodedRegex, StringBuilder encodedRegex) {
        if (literal.length() > 0) {
            decodedRegex.append(Pattern.quote(literal.toString()));
            encodedRegex.append(Pattern.quote(encode(literal.toString())));
            literal.setLength(0);
        }
    }

    /**
     * Literal template text as the runtimes encode it before matching the path as sent: every character
     * outside the URI's unreserved and sub-delimiter characters, {@code :}, {@code @} and {@code /},
     * percent-encoded as UTF-8 with upper-case digits, and an existing {@code %XX} kept.
     */
    static String encode(String text) {
        StringBuilder out = null;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = b < 0x80 && (Character.isLetterOrDigit(b) || "-._~!$&'()*+,;=:@/".indexOf(b) >= 0
                    || (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])));
            if (keep && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(new String(bytes, 0, i, StandardCharsets.UTF_8));
            }
            if (keep) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    static String trimSlashes(String path) {
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
