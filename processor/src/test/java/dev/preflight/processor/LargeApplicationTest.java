package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.preflight.processor.GenerationTest.compile;
import static dev.preflight.processor.GenerationTest.generated;
import static dev.preflight.processor.GenerationTest.resource;

import org.junit.jupiter.api.Test;

/**
 * An application with more policies than one generated method holds: a single initializer
 * for 1,000 resources (3,000 routes) once exceeded the JVM's 64 KiB per method, and the build failed
 * with "code too large". Both tables are filled by methods of 200 rows each.
 */
class LargeApplicationTest {
    @Test
    void splitsBothTablesOverSeveralMethods() {
        int n = 450;
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < n; i++) {
            methods.append("    @GET @Path(\"p").append(i).append("/{id: [0-9]+}\")")
                    .append(" @CrossOrigin(origins = \"https://app-").append(i).append(".example.com\")")
                    .append(" public String get").append(i).append("(@PathParam(\"id\") long id) { return \"\"; }\n");
        }
        String feature = generated(compile(resource("com.example.ManyResource", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("many")
                public class ManyResource {
                %s}
                """.formatted(methods))), "com.example.PreflightFeature");

        assertThat(feature).contains("PolicyTable.builder(450)");
        assertThat(feature).contains("policies2(policies);");
        assertThat(feature).doesNotContain("policies3(policies);");
        assertThat(GenerationTest.rows(feature, "policies.add(")).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(GenerationTest.policyRow(feature, "com.example.ManyResource#get" + i + "(long)"))
                    .contains("\"https://app-" + i + ".example.com\"");
        }
    }
}
