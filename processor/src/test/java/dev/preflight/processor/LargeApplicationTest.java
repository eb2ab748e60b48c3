package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.preflight.processor.GenerationTest.compile;
import static dev.preflight.processor.GenerationTest.generated;
import static dev.preflight.processor.GenerationTest.resource;

import org.junit.jupiter.api.Test;

/**
 * An application with more routes than one generated method holds: a single initializer for 1,000
 * resources (3,000 routes) exceeded the JVM's 64 KiB per method, and the build failed with "code too
 * large".
 */
class LargeApplicationTest {
    @Test
    void splitsThePathTableOverSeveralMethods() {
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            methods.append("    @GET @Path(\"p").append(i).append("/{id: [0-9]+}\") public String get").append(i)
                    .append("(@PathParam(\"id\") long id) { return \"\"; }\n");
        }
        String feature = generated(compile(resource("com.example.ManyResource", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("many")
                @CrossOrigin(origins = "https://app.example.com")
                public class ManyResource {
                %s}
                """.formatted(methods))), "com.example.PreflightFeature");

        assertThat(feature).contains("PreflightRoutes.of(routes())");
        assertThat(feature).contains("new PreflightRoute[250]");
        assertThat(feature).contains("routes2(routes);");
        assertThat(feature).doesNotContain("routes3(routes);");
        assertThat(feature).contains("routes[249] = PreflightRoute.template(");
        for (int i = 0; i < 250; i++) {
            assertThat(feature).contains("PreflightRoute.template(\"many/p" + i + "/{id: [0-9]+}\"");
        }
    }
}
