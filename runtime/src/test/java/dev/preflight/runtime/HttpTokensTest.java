package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
    void everyCharacterIsClassifiedAsRfc9110Says() {
        String tchars = "!#$%&'*+-.^_`|~";
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean expected = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || tchars.indexOf(c) >= 0;
            assertEquals(expected, HttpTokens.isTokenChar(c), "char " + i);
        }
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

    private static List<String> elements(String list) {
        List<String> out = new ArrayList<>();
        for (HttpTokens.ListElements e = new HttpTokens.ListElements(list); e.next(); ) {
            out.add(list.substring(e.from(), e.to()));
        }
        return out;
    }

    @Test
    void listElementsSplitOnCommasTrimOptionalWhitespaceAndSkipEmptyOnes() {
        assertEquals(List.of("a", "b c", "d"), elements(" a ,\tb c\t,,, d,"));
        assertEquals(List.of(), elements(""));
        assertEquals(List.of(), elements(" , \t ,"));
        assertEquals(List.of("x\r"), elements("x\r"), "CR is not optional whitespace");
        assertTrue(HttpTokens.listContains("Accept, origin ", "Origin"));
        assertTrue(HttpTokens.listContains("*", "*"));
        assertFalse(HttpTokens.listContains("Origins, Accept", "Origin"));
        assertFalse(HttpTokens.listContains("", "Origin"));
    }

    @Test
    void theWildcardCoversEveryNameButAuthorizationAndAStar() {
        assertTrue(HttpTokens.wildcardCovers("x-custom", 0, 8));
        assertTrue(HttpTokens.wildcardCovers("a, Content-Type", 3, 15));
        assertFalse(HttpTokens.wildcardCovers("Authorization", 0, 13));
        assertFalse(HttpTokens.wildcardCovers("x, AUTHORIZATION", 3, 16));
        assertFalse(HttpTokens.wildcardCovers("*", 0, 1));
        assertTrue(HttpTokens.wildcardCovers("**", 0, 2));
    }
}
