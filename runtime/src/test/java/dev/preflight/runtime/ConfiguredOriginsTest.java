package dev.preflight.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ConfiguredOriginsTest {
    private static final UnaryOperator<String> NONE = name -> null;

    private static UnaryOperator<String> of(String name, String value) {
        return Map.of(name, value)::get;
    }

    private static ConfiguredOrigins resolve(String[] origins, String[] patterns, UnaryOperator<String> properties,
            UnaryOperator<String> environment) {
        return ConfiguredOrigins.resolve(origins, patterns, properties, environment);
    }

    @Test
    void placeholderSyntax() {
        OriginPlaceholder p = OriginPlaceholder.parse("${app.cors-origins:https://a.example.com, https://b.example.com}");
        assertEquals("app.cors-origins", p.property());
        assertEquals("APP_CORS_ORIGINS", p.environmentVariable());
        assertEquals("https://a.example.com, https://b.example.com", p.defaultValue());
        assertNull(OriginPlaceholder.parse("${x}").defaultValue());
        assertThrows(IllegalArgumentException.class, () -> OriginPlaceholder.parse("${x"));
        assertThrows(IllegalArgumentException.class, () -> OriginPlaceholder.parse("${}"));
        assertThrows(IllegalArgumentException.class, () -> OriginPlaceholder.parse("${a b}"));
        assertThrows(IllegalArgumentException.class, () -> OriginPlaceholder.parse("${a\u00e9}"));
        assertEquals(List.of("a", "b"), OriginPlaceholder.split(" a ,, b ,"));
    }

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverTheDefault() {
        String[] origins = {"${app.cors.origins:https://default.example.com}"};
        ConfiguredOrigins fromProperty = resolve(origins, new String[0],
                of("app.cors.origins", "https://prop.example.com"), of("APP_CORS_ORIGINS", "https://env.example.com"));
        assertEquals(Set.of("https://prop.example.com"), fromProperty.origins());
        ConfiguredOrigins fromEnvironment = resolve(origins, new String[0], NONE,
                of("APP_CORS_ORIGINS", "https://env.example.com, http://localhost:3000"));
        assertEquals(Set.of("https://env.example.com", "http://localhost:3000"), fromEnvironment.origins());
        assertTrue(fromEnvironment.matches("http://localhost:3000"));
        assertFalse(fromEnvironment.matches("https://default.example.com"));
        ConfiguredOrigins fromDefault = resolve(origins, new String[0], NONE, NONE);
        assertEquals(Set.of("https://default.example.com"), fromDefault.origins());
        assertNull(fromDefault.problem());
    }

    @Test
    void literalsAndPatternsMixWithPlaceholders() {
        ConfiguredOrigins configured = resolve(new String[] {"https://fixed.example.com", "${o}"},
                new String[] {"${p}"}, of("o", "https://a.example.org"), of("P", "https://*.example.net:[8443]"));
        assertTrue(configured.matches("https://fixed.example.com"));
        assertTrue(configured.matches("https://a.example.org"));
        assertTrue(configured.matches("https://x.y.example.net:8443"));
        assertFalse(configured.matches("https://x.example.net"));
        assertFalse(configured.matches("https://evil.com@x.example.net:8443"), "patterns see validated origins only");
        assertFalse(configured.matches(null));
    }

    @Test
    void aBadValueRefusesEverythingAndSaysWhereItCameFromAndTheFix() {
        ConfiguredOrigins bad = resolve(new String[] {"${app.cors.origins}"}, new String[0], NONE,
                of("APP_CORS_ORIGINS", "https://ok.example.com,https://app.example.com/"));
        assertTrue(bad.problem().contains("system property app.cors.origins, environment variable APP_CORS_ORIGINS"),
                bad.problem());
        assertTrue(bad.problem().contains("trailing slash"), bad.problem());
        assertTrue(bad.problem().contains("Use \"https://app.example.com\""), bad.problem());
        assertFalse(bad.matches("https://ok.example.com"), "fails closed");

        assertTrue(resolve(new String[] {"${o}"}, new String[0], of("o", "*"), NONE).problem()
                .contains("cannot come from configuration"));
        assertTrue(resolve(new String[0], new String[] {"${p}"}, of("p", "https://*.exa mple.com"), NONE).problem()
                .contains("origin pattern"));
        assertTrue(resolve(new String[] {"${unset}"}, new String[0], NONE, NONE).problem()
                .contains("set the system property unset or the environment variable UNSET"));
    }

    @Test
    void aPolicyReportsItsConfigurationProblem() {
        CorsPolicy ok = CorsPolicy.builder().origins(origin -> true).build();
        assertNull(ok.configurationProblem());
        CorsPolicy bad = CorsPolicy.builder()
                .origins(resolve(new String[] {"${o}"}, new String[0], of("o", "null"), NONE)).build();
        assertTrue(bad.configurationProblem().startsWith("Preflight: the value of ${o}"), bad.configurationProblem());
        assertFalse(bad.allowsOrigin("null"));
    }
}
