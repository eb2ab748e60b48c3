package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CorsResourceFilterTest {

    private static MultivaluedMap<String, Object> vary(Object... values) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        for (Object v : values) {
            headers.add("Vary", v);
        }
        return headers;
    }

    private static List<Object> after(MultivaluedMap<String, Object> headers) {
        CorsResourceFilter.appendVaryOrigin(headers);
        return headers.get("Vary");
    }

    @Test
    void addsVaryWhenThereIsNone() {
        assertEquals(List.of("Origin"), after(vary()));
        MultivaluedMap<String, Object> emptyList = vary();
        emptyList.put("Vary", new java.util.ArrayList<>());
        assertEquals(List.of("Origin"), after(emptyList));
    }

    @Test
    void appendsToAnExistingVaryAsOneLine() {
        assertEquals(List.of("Accept, Origin"), after(vary("Accept")));
        assertEquals(List.of("Accept, Accept-Encoding, Origin"), after(vary("Accept", "Accept-Encoding")));
        assertEquals(List.of("Accept-Encoding, Accept-Language, Origin"), after(vary("Accept-Encoding, Accept-Language")));
    }

    @Test
    void keepsAVaryThatAlreadyHasOriginOrStar() {
        assertEquals(List.of("Origin"), after(vary("Origin")));
        assertEquals(List.of("accept, origin"), after(vary("accept, origin")));
        assertEquals(List.of("Accept", " ORIGIN "), after(vary("Accept", " ORIGIN ")));
        assertEquals(List.of("*"), after(vary("*")));
        assertEquals(List.of("Accept,\t*"), after(vary("Accept,\t*")));
    }

    @Test
    void doesNotMistakeSimilarNamesForOrigin() {
        assertEquals(List.of("Origins, Origin"), after(vary("Origins")));
        assertEquals(List.of("X-Origin, Origin"), after(vary("X-Origin")));
        assertEquals(List.of("Access-Control-Request-Method, Origin"), after(vary("Access-Control-Request-Method")));
    }

    @Test
    void nonStringValuesAreKept() {
        Object value = new Object() {
            @Override
            public String toString() {
                return "Accept";
            }
        };
        assertEquals(List.of("Accept, Origin"), after(vary(value)));
    }

    @Test
    void idempotent() {
        MultivaluedMap<String, Object> headers = vary("Accept");
        CorsResourceFilter.appendVaryOrigin(headers);
        CorsResourceFilter.appendVaryOrigin(headers);
        assertEquals(List.of("Accept, Origin"), headers.get("Vary"));
    }

    @Test
    void otherHeadersAreUntouched() {
        MultivaluedMap<String, Object> headers = vary();
        headers.add("Content-Type", "application/json");
        CorsResourceFilter.appendVaryOrigin(headers);
        assertEquals(List.of("application/json"), headers.get("Content-Type"));
        assertEquals(List.of("Origin"), headers.get("Vary"));
    }

    @Test
    void containsToken() {
        assertTrue(CorsResourceFilter.containsToken("Origin", "Origin"));
        assertTrue(CorsResourceFilter.containsToken("origin", "Origin"));
        assertTrue(CorsResourceFilter.containsToken("Accept, Origin", "origin"));
        assertTrue(CorsResourceFilter.containsToken("Accept,Origin", "Origin"));
        assertTrue(CorsResourceFilter.containsToken(" Origin ,Accept", "Origin"));
        assertTrue(CorsResourceFilter.containsToken("\tOrigin\t", "Origin"));
        assertTrue(CorsResourceFilter.containsToken(",,Origin,,", "Origin"));
        assertTrue(CorsResourceFilter.containsToken("a, *", "*"));
        assertFalse(CorsResourceFilter.containsToken("", "Origin"));
        assertFalse(CorsResourceFilter.containsToken(",", "Origin"));
        assertFalse(CorsResourceFilter.containsToken("Origins", "Origin"));
        assertFalse(CorsResourceFilter.containsToken("Orig", "Origin"));
        assertFalse(CorsResourceFilter.containsToken("X-Origin", "Origin"));
        assertFalse(CorsResourceFilter.containsToken("Origin-X, Accept", "Origin"));
        assertFalse(CorsResourceFilter.containsToken("Or igin", "Origin"));
        assertFalse(CorsResourceFilter.containsToken("Origin\r\n", "Origin"), "CR/LF is not optional whitespace");
        assertFalse(CorsResourceFilter.containsToken("Accept-Encoding", "*"));
        assertFalse(CorsResourceFilter.containsToken("a*", "*"));
    }

    @Test
    void findsVaryOnARefusalHoweverItIsWritten() {
        // what containers hand to filters: header maps that ignore the case of names
        MultivaluedMap<String, Object> ignoringCase = new AbstractMultivaluedMap<>(new TreeMap<>(String.CASE_INSENSITIVE_ORDER)) {
        };
        ignoringCase.add("VARY", "Accept");
        CorsResourceFilter.appendVaryOriginToRefusal(ignoringCase);
        assertEquals(Set.of("VARY"), ignoringCase.keySet());
        assertEquals(List.of("Accept, Origin"), ignoringCase.get("Vary"));

        MultivaluedMap<String, Object> lowerCase = vary();
        lowerCase.add("vary", "Accept");
        CorsResourceFilter.appendVaryOriginToRefusal(lowerCase);
        assertEquals(Set.of("vary"), lowerCase.keySet(), "one Vary line");
        assertEquals(List.of("Accept, Origin"), lowerCase.get("vary"));

        MultivaluedMap<String, Object> emptyLowerCase = vary("Accept");
        emptyLowerCase.put("vary", new ArrayList<>());
        CorsResourceFilter.appendVaryOriginToRefusal(emptyLowerCase);
        assertEquals(List.of("Accept, Origin"), emptyLowerCase.get("Vary"));

        MultivaluedMap<String, Object> none = vary();
        CorsResourceFilter.appendVaryOriginToRefusal(none);
        assertEquals(List.of("Origin"), none.get("Vary"));
        MultivaluedMap<String, Object> hasOrigin = vary("Accept, Origin");
        CorsResourceFilter.appendVaryOriginToRefusal(hasOrigin);
        assertEquals(List.of("Accept, Origin"), hasOrigin.get("Vary"));
    }

    @Test
    void blankVaryValuesAreDroppedWhenAppending() {
        assertEquals(List.of("Accept, Origin"), after(vary("", "Accept", " ")));
    }

    @Test
    void varyInJerseysResponseMap() {
        MultivaluedMap<String, Object> none = jerseyResponseHeaders();
        CorsResourceFilter.appendVaryOrigin(none);
        assertEquals(Set.of("Vary"), none.keySet(), "spelled as the Fetch standard does");
        assertEquals(List.of("Origin"), none.get("vary"));

        MultivaluedMap<String, Object> refusal = jerseyResponseHeaders();
        refusal.add("Vary", "Origin");
        CorsResourceFilter.appendVaryOrigin(refusal);
        assertEquals(List.of("Origin"), refusal.get("Vary"));

        MultivaluedMap<String, Object> other = jerseyResponseHeaders();
        other.add("VARY", "Accept");
        other.add("VARY", "Accept-Language");
        CorsResourceFilter.appendVaryOrigin(other);
        assertEquals(Set.of("VARY"), other.keySet(), "one Vary line");
        assertEquals(List.of("Accept, Accept-Language, Origin"), other.get("Vary"));
    }

    private static MultivaluedMap<String, Object> jerseyResponseHeaders() {
        return new org.glassfish.jersey.internal.util.collection.GuardianStringKeyMultivaluedMap<>(
                org.glassfish.jersey.message.internal.HeaderUtils.createOutbound());
    }
}
