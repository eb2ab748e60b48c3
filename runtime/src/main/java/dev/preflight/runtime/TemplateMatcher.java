package dev.preflight.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a path against a template's regular expression without the {@code Matcher} that
 * {@link java.util.regex.Pattern} allocates for every match, for the templates that almost every
 * application has: literal text and parameters of one character class repeated ({@code {id}},
 * {@code {id: [0-9]+}}, {@code {name: \w+}}). Built only when the result is exactly the regular
 * expression's: each parameter is followed by the end or by literal text whose first character the
 * parameter's class excludes, so the parameter's extent is forced and no backtracking could find
 * another. For anything else {@link #of} returns {@code null} and the route uses the regular expression.
 */
final class TemplateMatcher {
    /** Literal text before each parameter, then after the last: {@code parameters.length + 1} elements. */
    private final String[] literals;
    private final CharClass[] parameters;

    private TemplateMatcher(String[] literals, CharClass[] parameters) {
        this.literals = literals;
        this.parameters = parameters;
    }

    /**
     * A matcher for {@code regex} as the processor writes it (quoted literal text and one group per
     * parameter), or {@code null} when the regular expression is beyond this class.
     */
    static TemplateMatcher of(String regex) {
        List<String> literals = new ArrayList<>();
        List<CharClass> parameters = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            if (regex.startsWith("\\Q", i)) {
                int end = regex.indexOf("\\E", i + 2);
                if (end < 0) {
                    return null;
                }
                literal.append(regex, i + 2, end);
                i = end + 2;
            } else if (regex.charAt(i) == '(') {
                int close = regex.indexOf(')', i);
                CharClass parameter = close < 0 ? null : CharClass.parse(regex, i + 1, close);
                if (parameter == null) {
                    return null;
                }
                literals.add(literal.toString());
                literal.setLength(0);
                parameters.add(parameter);
                i = close + 1;
            } else {
                return null;
            }
        }
        literals.add(literal.toString());
        for (int p = 0; p < parameters.size(); p++) {
            String next = literals.get(p + 1);
            boolean last = p == parameters.size() - 1;
            if (next.isEmpty() ? !last : parameters.get(p).contains(next.charAt(0))) {
                return null;
            }
        }
        return new TemplateMatcher(literals.toArray(new String[0]), parameters.toArray(new CharClass[0]));
    }

    boolean matches(String path) {
        int at = 0;
        for (int p = 0; p < parameters.length; p++) {
            String literal = literals[p];
            if (!path.startsWith(literal, at)) {
                return false;
            }
            at += literal.length();
            int start = at;
            CharClass parameter = parameters[p];
            while (at < path.length() && parameter.contains(path.charAt(at))) {
                at++;
            }
            if (at == start && parameter.atLeastOne) {
                return false;
            }
        }
        String tail = literals[parameters.length];
        return path.length() - at == tail.length() && path.startsWith(tail, at);
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

        /** {@code regex[from, to)} as a class and its quantifier, or {@code null}. */
        static CharClass parse(String regex, int from, int to) {
            if (to - from < 2) {
                return null;
            }
            CharClass parsed = new CharClass();
            char quantifier = regex.charAt(to - 1);
            if (quantifier != '+' && quantifier != '*') {
                return null;
            }
            parsed.atLeastOne = quantifier == '+';
            String body = regex.substring(from, to - 1);
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
