package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Content-Type", "x-requested-with", "Authorization", "GET", "PATCH", "patch", "*", "a",
        "!#$%&'*+-.^_`|~", "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    })
    void tokens(String s) {
        assertTrue(HttpTokens.isToken(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "a b", "a\tb", " a", "a ", "a,b", "a:b", "a;b", "a=b", "\"a\"", "(a)", "<a>", "a@b", "a/b",
        "a?b", "a[b]", "{a}", "a\\b", "a\r\n", "a\0", "\u007f", "é", "ａ", "Content-Type\nX-Evil",
    })
    void notTokens(String s) {
        assertFalse(HttpTokens.isToken(s), s);
    }

    @Test
    void nullIsNotAToken() {
        assertFalse(HttpTokens.isToken(null));
    }

    @Test
    void everyAsciiCharacterIsClassifiedAsRfc9110Says() {
        String tchars = "!#$%&'*+-.^_`|~";
        for (char c = 0; c < 256; c++) {
            boolean expected = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || tchars.indexOf(c) >= 0;
            assertEquals(expected, HttpTokens.isTokenChar(c), "char " + (int) c);
        }
        assertFalse(HttpTokens.isTokenChar('\uFFFF'));
    }

    @Test
    void ranges() {
        String s = " x-a ,b c";
        assertTrue(HttpTokens.isToken(s, 1, 4));
        assertFalse(HttpTokens.isToken(s, 0, 4));
        assertFalse(HttpTokens.isToken(s, 1, 5));
        assertFalse(HttpTokens.isToken(s, 3, 3), "empty range");
        assertFalse(HttpTokens.isToken(s, 4, 3), "inverted range");
        assertTrue(HttpTokens.isToken(new StringBuilder("abc"), 0, 3));
    }

    @Test
    void optionalWhitespace() {
        String s = " \t x \t ";
        assertEquals(3, HttpTokens.skipSpace(s, 0, s.length()));
        assertEquals(4, HttpTokens.trimSpace(s, 3, s.length()));
        assertEquals(3, HttpTokens.skipSpace("   ", 0, 3));
        assertEquals(0, HttpTokens.trimSpace("   ", 0, 3));
        assertEquals(2, HttpTokens.skipSpace("  \r x", 0, 5), "CR is not optional whitespace");
        assertEquals(3, HttpTokens.trimSpace("x \n ", 0, 4), "LF is not optional whitespace");
        assertEquals(2, HttpTokens.skipSpace("ab", 2, 2));
        assertEquals(1, HttpTokens.trimSpace("ab", 1, 1));
    }
}
