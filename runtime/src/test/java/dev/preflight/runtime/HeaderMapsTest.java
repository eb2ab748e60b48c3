package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.testing.CaseInsensitiveHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.glassfish.jersey.internal.util.collection.GuardianStringKeyMultivaluedMap;
import org.glassfish.jersey.internal.util.collection.StringKeyIgnoreCaseMultivaluedMap;
import org.glassfish.jersey.message.internal.HeaderUtils;
import org.junit.jupiter.api.Test;

class HeaderMapsTest {
    @Test
    void knowsJerseysMapsIgnoreCase() {
        assertTrue(HeaderMaps.ignoresCase(new GuardianStringKeyMultivaluedMap<>(HeaderUtils.createInbound())));
        assertTrue(HeaderMaps.ignoresCase(new StringKeyIgnoreCaseMultivaluedMap<String>()));
        assertTrue(HeaderMaps.ignoresCase(new GuardianStringKeyMultivaluedMap<>(HeaderUtils.createInbound())),
                "asked again");
    }

    @Test
    void assumesNothingOfOtherMaps() {
        assertFalse(HeaderMaps.ignoresCase(new MultivaluedHashMap<String, String>()));
        assertFalse(HeaderMaps.ignoresCase(new CaseInsensitiveHeaders<String>()));
    }

    @Test
    void findsAHeaderHoweverItsNameIsWrittenInAnyMap() {
        for (String written : List.of("Origin", "origin", "ORIGIN")) {
            for (MultivaluedMap<String, String> headers : List.<MultivaluedMap<String, String>>of(
                    new GuardianStringKeyMultivaluedMap<>(HeaderUtils.createInbound()), new CaseInsensitiveHeaders<>())) {
                headers.add(written, "https://app.example.com");
                assertEquals(List.of("https://app.example.com"), HeaderMaps.get(headers, "origin", "Origin"), written);
                assertEquals("https://app.example.com", HeaderMaps.getFirst(headers, "origin", "Origin"), written);
            }
        }
        // a map that does not ignore case finds the name as sent by HTTP/2 (lower case) or as spelled
        for (String written : List.of("Origin", "origin")) {
            MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
            headers.add(written, "https://app.example.com");
            assertEquals("https://app.example.com", HeaderMaps.getFirst(headers, "origin", "Origin"), written);
        }
        assertNull(HeaderMaps.get(new MultivaluedHashMap<String, String>(), "origin", "Origin"));
        assertNull(HeaderMaps.getFirst(new GuardianStringKeyMultivaluedMap<>(HeaderUtils.createInbound()), "origin", "Origin"));
    }
}
