package dev.preflight.runtime;

/** RFC 9110 {@code token}: the grammar of header names and method names. */
public final class HttpTokens {
    private HttpTokens() {
    }

    /** Whether {@code s} is a non-empty token. */
    public static boolean isToken(CharSequence s) {
        return s != null && isToken(s, 0, s.length());
    }

    /** Whether {@code s[from, to)} is a non-empty token. */
    static boolean isToken(CharSequence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isTokenChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA}. */
    private static final String TCHARS = "!#$%&'*+-.^_`|~0123456789"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** Bit {@code c} set for each tchar {@code c} below 64. */
    private static final long TCHAR_LOW = bits(0);
    /** Bit {@code c - 64} set for each tchar {@code c} from 64 to 127. */
    private static final long TCHAR_HIGH = bits(64);

    private static long bits(int offset) {
        long bits = 0;
        for (int i = 0; i < TCHARS.length(); i++) {
            int c = TCHARS.charAt(i) - offset;
            if (c >= 0 && c < 64) {
                bits |= 1L << c;
            }
        }
        return bits;
    }

    /**
     * Whether {@code c} is a tchar: a test of one bit, as this runs for every character of the header
     * names a preflight announces.
     */
    static boolean isTokenChar(char c) {
        return c < 64 ? (TCHAR_LOW & (1L << c)) != 0 : c < 128 && (TCHAR_HIGH & (1L << (c - 64))) != 0;
    }

    /** Whether the comma-separated list {@code list} has the element {@code token}, compared ignoring case. */
    static boolean listContains(String list, String token) {
        for (ListElements e = new ListElements(list); e.next(); ) {
            if (e.is(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code allowedHeaders = "*"} covers the request header named {@code s[from, to)}: every name
     * but {@code Authorization}, which the Fetch standard's CORS-preflight fetch requires by name, and
     * not a name that is itself {@code "*"}, which echoed back would read as the wildcard.
     */
    static boolean wildcardCovers(String s, int from, int to) {
        int length = to - from;
        return !(length == 1 && s.charAt(from) == '*')
                && !(length == AUTHORIZATION.length() && s.regionMatches(true, from, AUTHORIZATION, 0, length));
    }

    private static final String AUTHORIZATION = "authorization";

    /**
     * The elements of a comma-separated header value as the Fetch standard parses a list (RFC 9110's
     * {@code #rule}): split on commas, optional whitespace around each trimmed, empty ones skipped.
     * The one place that grammar is written; walked as
     * {@code for (ListElements e = new ListElements(value); e.next(); )}, reading {@link #from()} and
     * {@link #to()}. Where the loop is inlined, escape analysis keeps the cursor off the heap.
     */
    static final class ListElements {
        private final String list;
        /** Where the next element starts; past the end when none is left. */
        private int start;
        private int from;
        private int to;

        ListElements(String list) {
            this.list = list;
        }

        /** Moves to the next non-empty element; {@code false} when there is none. */
        boolean next() {
            int n = list.length();
            while (start <= n) {
                int comma = list.indexOf(',', start);
                int end = comma < 0 ? n : comma;
                from = skipSpace(list, start, end);
                to = trimSpace(list, from, end);
                start = end + 1;
                if (from < to) {
                    return true;
                }
            }
            return false;
        }

        /** The element's first index in the list. */
        int from() {
            return from;
        }

        /** The index after the element's last character. */
        int to() {
            return to;
        }

        /** Whether the element is {@code token}, ignoring case. */
        boolean is(String token) {
            return to - from == token.length() && list.regionMatches(true, from, token, 0, token.length());
        }
    }

    /** The first index in {@code s[from, to)} that is not optional whitespace (space or tab), or {@code to}. */
    static int skipSpace(CharSequence s, int from, int to) {
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    /** The end of {@code s[from, to)} without trailing optional whitespace. */
    static int trimSpace(CharSequence s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return to;
    }
}
