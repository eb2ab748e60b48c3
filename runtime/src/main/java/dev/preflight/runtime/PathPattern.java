package dev.preflight.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code @Path} value as Jakarta REST matches request paths with it (Jakarta REST 3.1, sections
 * 3.7.2 and 3.7.3): literal text and parameters ({@code {id}}, {@code {id: [0-9]+}}), the figures its
 * precedence sorts by, and two compiled forms, one to match a decoded path and one to match the path as
 * sent (literal text percent-encoded as the runtimes encode templates). Built once, at deployment.
 *
 * <p>A path is matched from an offset, without copying it: {@code from} is where a segment starts (just
 * after a {@code /}, or 0). Templates of literal text and parameters of one character class
 * ({@code {id}}, {@code {id: [0-9]+}}) are matched by walking the string; any other through its
 * regular expression.
 *
 * <p>The processor parses templates with this class too (E11 and E12 compare paths as the runtime
 * matches them), so that one grammar serves compile time and run time, as {@link Origins} does for
 * origins.
 */
public final class PathPattern {
    private static final String DEFAULT_PARAMETER_REGEX = "[^/]+";

    /** The template without leading and trailing slashes, as written. */
    final String template;
    /** Characters outside parameters: the first precedence key, descending. */
    final int literalCharacters;
    /** Parameters: the second key. */
    final int parameters;
    /** Parameters with a regular expression of their own: the third key. */
    final int regexParameters;
    private final String regex;
    /** The segments the template spans, when no parameter can match a {@code /}; else 0. */
    private final int segments;
    private final Walker decodedWalker;
    private final Walker encodedWalker;
    /** {@code template(/.*)?} and {@code template(/)?}, when no walker applies. */
    private final Pattern decodedPrefix;
    private final Pattern encodedPrefix;
    private final Pattern decodedWhole;
    private final Pattern encodedWhole;

    private PathPattern(String template, List<Object> parts, int literalCharacters, int parameters,
            int regexParameters) {
        this.template = template;
        this.literalCharacters = literalCharacters;
        this.parameters = parameters;
        this.regexParameters = regexParameters;
        this.regex = regex(parts, false);
        this.decodedWalker = Walker.of(parts, false);
        this.encodedWalker = Walker.of(parts, true);
        boolean walk = decodedWalker != null && encodedWalker != null;
        // parameters of a walker never match '/': the literal text's slashes fix the segments spanned
        this.segments = walk ? (int) parts.stream().filter(String.class::isInstance)
                .mapToLong(text -> ((String) text).chars().filter(c -> c == '/').count()).sum() + 1 : 0;
        this.decodedPrefix = walk ? null : Pattern.compile(regex + "(/.*)?");
        this.encodedPrefix = walk ? null : Pattern.compile(regex(parts, true) + "(/.*)?");
        this.decodedWhole = walk ? null : Pattern.compile(regex + "(/)?");
        this.encodedWhole = walk ? null : Pattern.compile(regex(parts, true) + "(/)?");
    }

    /**
     * Parses a {@code @Path} value.
     *
     * @throws IllegalArgumentException when a parameter is unclosed or its regular expression does not
     *     compile (the runtime itself would refuse to deploy such a resource)
     */
    public static PathPattern parse(String path) {
        String template = trimSlashes(path);
        List<Object> parts = new ArrayList<>(); // literal text as String, parameters as Parameter
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
                try {
                    Pattern.compile(regex);
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalArgumentException("path template \"" + template + "\" has a parameter whose "
                            + "regular expression does not compile: " + e.getDescription(), e);
                }
            }
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            parts.add(new Parameter(regex));
            parameters++;
            i = j;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new PathPattern(template, parts, literals, parameters, regexParameters);
    }

    /** Joins a class path and a method path as Jakarta REST does, without leading or trailing slashes. */
    public static String join(String classPath, String methodPath) {
        String a = trimSlashes(classPath);
        String b = trimSlashes(methodPath);
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b;
    }

    /** The template without leading and trailing slashes, as written. */
    public String template() {
        return template;
    }

    /** What identifies the paths this template matches: two templates with one key are one path to Jakarta REST. */
    public String matchKey() {
        return regex;
    }

    boolean isEmpty() {
        return template.isEmpty();
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
     * Matches the start of {@code path} at segment start {@code from} as a class or locator path: the
     * template followed by the end or by {@code /...}.
     *
     * @return where the template's match ends (the path's end, or a {@code /}), or -1
     */
    int matchPrefix(String path, int from, boolean encodedForm) {
        int n = path.length();
        if (segments > 0) {
            int end = from;
            for (int s = 1; s < segments; s++) {
                int slash = path.indexOf('/', end);
                if (slash < 0) {
                    return -1;
                }
                end = slash + 1;
            }
            int slash = path.indexOf('/', end);
            end = slash < 0 ? n : slash;
            return (encodedForm ? encodedWalker : decodedWalker).matches(path, from, end) ? end : -1;
        }
        Matcher m = (encodedForm ? encodedPrefix : decodedPrefix).matcher(path).region(from, n);
        if (!m.matches()) {
            return -1;
        }
        int rest = m.start(m.groupCount());
        return rest < 0 ? n : rest;
    }

    /** Matches all of {@code path} from segment start {@code from} as a sub-resource method's path: the template, then at most one {@code /}. */
    boolean matchesWhole(String path, int from, boolean encodedForm) {
        int n = path.length();
        if (segments > 0) {
            Walker walker = encodedForm ? encodedWalker : decodedWalker;
            return walker.matches(path, from, n) || (n > from && path.charAt(n - 1) == '/' && walker.matches(path, from, n - 1));
        }
        return (encodedForm ? encodedWhole : decodedWhole).matcher(path).region(from, n).matches();
    }

    @Override
    public String toString() {
        return template;
    }

    private static String regex(List<Object> parts, boolean encodedForm) {
        StringBuilder regex = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String text) {
                regex.append(Pattern.quote(encodedForm ? encode(text) : text));
            } else {
                // a capturing group, as the runtimes compile it
                regex.append('(').append(((Parameter) part).regex).append(')');
            }
        }
        return regex.toString();
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

    /** A template parameter and its regular expression. */
    private record Parameter(String regex) {
    }

    /**
     * Matches a template without a {@code Matcher}, where that gives exactly the regular expression's
     * result: each parameter is of one character class repeated, excludes {@code /}, and is followed by
     * the end or by literal text whose first character the class excludes, so that its extent is forced
     * and no backtracking could find another.
     */
    private static final class Walker {
        /** Literal text before each parameter, then after the last: {@code parameters.length + 1} elements. */
        private final String[] literals;
        private final CharClass[] parameters;

        private Walker(String[] literals, CharClass[] parameters) {
            this.literals = literals;
            this.parameters = parameters;
        }

        static Walker of(List<Object> parts, boolean encodedForm) {
            List<String> literals = new ArrayList<>();
            List<CharClass> parameters = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            for (Object part : parts) {
                if (part instanceof String text) {
                    literal.append(encodedForm ? encode(text) : text);
                    continue;
                }
                CharClass parameter = CharClass.parse(((Parameter) part).regex);
                if (parameter == null || parameter.contains('/')) {
                    return null;
                }
                literals.add(literal.toString());
                literal.setLength(0);
                parameters.add(parameter);
            }
            literals.add(literal.toString());
            for (int p = 0; p < parameters.size(); p++) {
                String next = literals.get(p + 1);
                boolean last = p == parameters.size() - 1;
                if (next.isEmpty() ? !last : parameters.get(p).contains(next.charAt(0))) {
                    return null;
                }
            }
            return new Walker(literals.toArray(new String[0]), parameters.toArray(new CharClass[0]));
        }

        /** Whether {@code path[from, to)} is matched whole. */
        boolean matches(String path, int from, int to) {
            int at = from;
            for (int p = 0; p < parameters.length; p++) {
                String literal = literals[p];
                if (to - at < literal.length() || !path.startsWith(literal, at)) {
                    return false;
                }
                at += literal.length();
                int start = at;
                CharClass parameter = parameters[p];
                while (at < to && parameter.contains(path.charAt(at))) {
                    at++;
                }
                if (at == start && parameter.atLeastOne) {
                    return false;
                }
            }
            String tail = literals[parameters.length];
            return to - at == tail.length() && path.startsWith(tail, at);
        }
    }

    /** {@code [...]+}, {@code [...]*}, {@code \d+} or {@code \w+}: ASCII members, or every character but some. */
    private static final class CharClass {
        private long low;
        private long high;
        private boolean negated;
        private boolean atLeastOne;

        boolean contains(char c) {
            boolean member = c < 64 ? (low & 1L << c) != 0 : c < 128 && (high & 1L << (c - 64)) != 0;
            return member != negated;
        }

        /** {@code regex} as a class and its quantifier, or {@code null}. */
        static CharClass parse(String regex) {
            int to = regex.length();
            if (to < 2) {
                return null;
            }
            CharClass parsed = new CharClass();
            char quantifier = regex.charAt(to - 1);
            if (quantifier != '+' && quantifier != '*') {
                return null;
            }
            parsed.atLeastOne = quantifier == '+';
            String body = regex.substring(0, to - 1);
            if (body.equals("\\d")) {
                parsed.addRange('0', '9');
                return parsed;
            }
            if (body.equals("\\w")) {
                parsed.addRange('a', 'z');
                parsed.addRange('A', 'Z');
                parsed.addRange('0', '9');
                parsed.addRange('_', '_');
                return parsed;
            }
            if (body.length() < 3 || body.charAt(0) != '[' || body.charAt(body.length() - 1) != ']') {
                return null;
            }
            int i = 1;
            int end = body.length() - 1;
            if (body.charAt(i) == '^') {
                parsed.negated = true;
                i++;
            }
            if (i == end) {
                return null;
            }
            while (i < end) {
                char a = body.charAt(i);
                if (!plain(a)) {
                    return null;
                }
                if (i + 2 < end && body.charAt(i + 1) == '-') {
                    char b = body.charAt(i + 2);
                    if (!plain(b) || b < a) {
                        return null;
                    }
                    parsed.addRange(a, b);
                    i += 3;
                } else {
                    parsed.addRange(a, a);
                    i++;
                }
            }
            return parsed;
        }

        /** Characters that mean themselves in a class, outside its first position: no escapes, no nesting. */
        private static boolean plain(char c) {
            return c < 128 && c > ' ' && "[]\\^&-".indexOf(c) < 0;
        }

        private void addRange(char a, char b) {
            for (char c = a; c <= b; c++) {
                if (c < 64) {
                    low |= 1L << c;
                } else {
                    high |= 1L << (c - 64);
                }
            }
        }
    }
}
