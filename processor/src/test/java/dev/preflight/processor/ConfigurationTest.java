package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.preflight.processor.GenerationTest.compile;
import static dev.preflight.processor.GenerationTest.generated;
import static dev.preflight.processor.Sources.lineOf;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.preflight.testing.Json;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Placeholders in origins, shared defaults on packages and applications, the audit report. */
class ConfigurationTest {

    private static JavaFileObject resource(String name, String annotation) {
        return source("com.example." + name, """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("%s")
                %s
                public class %s {
                    @GET public String get() { return ""; }
                    @PUT public void put(String body) { }
                }
                """.formatted(name.toLowerCase(java.util.Locale.ROOT), annotation, name));
    }

    private static String report(Compilation compilation) {
        assertThat(compilation).succeeded();
        try {
            return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/preflight/cors-policies.json")
                    .orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The audit report, parsed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> reportJson(Compilation compilation) {
        return (Map<String, Object>) Json.parse(report(compilation));
    }

    /** The report's endpoint for {@code method} on {@code path}; exactly one must be listed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> endpoint(Map<String, Object> report, String path, String method) {
        List<Map<String, Object>> found = ((List<Map<String, Object>>) report.get("endpoints")).stream()
                .filter(e -> e.get("path").equals(path) && e.get("method").equals(method))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** An endpoint object as the report writes it, its keys in the report's order. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sources(Map<String, Object> endpoint) {
        return (Map<String, Object>) endpoint.get("sources");
    }

    // --- placeholders

    @Test
    void placeholdersAreResolvedAtDeploymentNotCompiledIntoASwitch() {
        Compilation compilation = compile(resource("Api", """
                @CrossOrigin(origins = {"https://fixed.example.com", "${app.cors.origins:https://app.example.com}"},
                             originPatterns = "${app.cors.patterns:https://*.example.org}")"""));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(GenerationTest.policyRow(feature, "com.example.Api#get()")).contains(
                "\"https://fixed.example.com ${app.cors.origins:https://app.example.com}\", "
                + "\"${app.cors.patterns:https://*.example.org}\",");
    }

    @Test
    void aPlaceholderDefaultIsWrittenWithoutSpacesBecauseTheTableSeparatesValuesBySpaces() {
        Compilation compilation = compile(resource("Api", """
                @CrossOrigin(origins = "${app.cors.origins: https://a.example.com ,  https://b.example.com,}")"""));
        assertThat(GenerationTest.policyRow(generated(compilation, "com.example.PreflightFeature"), "com.example.Api#get()"))
                .contains("\"${app.cors.origins:https://a.example.com,https://b.example.com}\", \"\",");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "origins = \"${app.cors.origins\"                       | [preflight E3] placeholder \"${app.cors.origins\" is not closed",
        "origins = \"${app cors}\"                              | [preflight E3] placeholder \"${app cors}\" has property name \"app cors\"",
        "origins = \"${}\"                                      | [preflight E3] placeholder \"${}\" is not closed",
        "origins = \"${app.cors.origins:https://app.example.com/}\" | [preflight E3] the default of placeholder ${app.cors.origins:https://app.example.com/}: origin \"https://app.example.com/\" has a trailing slash",
        "origins = \"${app.cors.origins:HTTPS://APP.example.com}\"  | [preflight E4] the default of placeholder",
        "origins = \"${app.cors.origins:null}\"                 | [preflight E5] the default of placeholder",
        "origins = \"${app.cors.origins:*}\"                    | [preflight E3] the default of placeholder ${app.cors.origins:*}: \"*\" cannot come from a placeholder",
        "origins = \"${app.cors.origins: , }\"                  | [preflight E3] the default of placeholder ${app.cors.origins: , }: it is empty",
        "originPatterns = \"${p:https://app.*.example.com}\"    | [preflight E9] the default of placeholder ${p:https://app.*.example.com}: origin pattern",
    })
    void placeholderSyntaxAndDefaultsAreCheckedWithTheRuntimeRules(String attribute, String message) {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(
                        %s)
                public class R {
                    @GET public String get() { return ""; }
                }
                """.formatted(attribute);
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(lineOf(text, attribute));
    }

    @Test
    void aPlaceholderWithoutDefaultIsFine() {
        assertThat(compile(resource("Api", "@CrossOrigin(origins = \"${app.cors.origins}\")"))).succeededWithoutWarnings();
    }

    // --- shared defaults

    private static JavaFileObject packageInfo(String packageName, String annotation) {
        return source(packageName + ".package-info", """
                %s
                package %s;

                import dev.preflight.annotations.CrossOrigin;
                """.formatted(annotation, packageName));
    }

    @Test
    void aPackagePolicyCoversEveryResourceInThePackageAndItsSubpackages() {
        Compilation compilation = compile(
                packageInfo("com.example", "@CrossOrigin(origins = \"https://app.example.com\", exposedHeaders = \"X-Total-Count\", maxAge = 60)"),
                resource("Plain", ""),
                source("com.example.admin.Admin", """
                        package com.example.admin;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        @Path("admin")
                        @CrossOrigin(origins = "https://admin.example.com")
                        public class Admin {
                            @DELETE public void delete() { }
                        }
                        """),
                source("org.other.Other", """
                        package org.other;

                        import jakarta.ws.rs.*;

                        @Path("other")
                        public class Other {
                            @GET public String get() { return ""; }
                        }
                        """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(GenerationTest.policyRow(feature, "com.example.Plain#get()"))
                .endsWith("\"https://app.example.com\", \"\", 0, null, \"X-Total-Count\", \"60\");");
        assertThat(GenerationTest.policyRow(feature, "com.example.admin.Admin#delete()"))
                .endsWith("\"https://admin.example.com\", \"\", 0, null, \"X-Total-Count\", \"60\");");
        assertThat(feature).doesNotContain("org.other");
        Map<String, Object> admin = endpoint(reportJson(compilation), "/admin", "DELETE");
        assertThat(sources(admin)).containsAtLeast("origins", "class com.example.admin.Admin",
                "exposedHeaders", "package com.example");
    }

    @Test
    void anApplicationPolicyIsTheBaseOfEveryResourceAndIsNoResourceItself() {
        Compilation compilation = compile(
                source("com.example.App", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.ApplicationPath;
                        import jakarta.ws.rs.core.Application;

                        @ApplicationPath("api")
                        @CrossOrigin(origins = "https://app.example.com", allowCredentials = true)
                        public class App extends Application {
                        }
                        """),
                resource("Users", ""),
                resource("Admin", "@CrossOrigin(origins = \"https://admin.example.com\")"));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(GenerationTest.policyRow(feature, "com.example.Users#get()"))
                .contains("\"https://app.example.com\", \"\", CREDENTIALS,");
        assertThat(GenerationTest.policyRow(feature, "com.example.Admin#get()"))
                .contains("\"https://admin.example.com\", \"\", CREDENTIALS,");
        assertThat(feature).doesNotContain("com.example.App#");
        assertThat(sources(endpoint(reportJson(compilation), "/api/users", "GET")))
                .containsEntry("allowCredentials", "class com.example.App");
    }

    @Test
    void twoAnnotatedApplicationsAreAmbiguous() {
        String app = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.core.Application;

                @CrossOrigin(origins = "https://app.example.com")
                public class %s extends Application {
                }
                """;
        JavaFileObject first = source("com.example.A", app.formatted("A"));
        Compilation compilation = compile(first, source("com.example.B", app.formatted("B")), resource("Users", ""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight E10] @CrossOrigin on several Application subclasses")
                .inFile(first).onLine(lineOf(app, "@CrossOrigin"));
    }

    @Test
    void anAnnotatedApplicationBesideAnotherApplicationIsAmbiguous() {
        String annotated = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.core.Application;

                @CrossOrigin(origins = "https://app.example.com")
                public class Public extends Application {
                }
                """;
        JavaFileObject file = source("com.example.Public", annotated);
        Compilation compilation = compile(file, source("com.example.Internal", """
                package com.example;

                import jakarta.ws.rs.core.Application;

                public class Internal extends Application {
                }
                """), resource("Users", ""));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight E10] @CrossOrigin on an Application subclass of a "
                + "compilation that has other Application subclasses (Internal): Preflight cannot tell which "
                + "resources each deploys, and would apply these defaults to resources the others deploy too. Put "
                + "them on the packages of the resources (package-info.java) or on the resource classes")
                .inFile(file).onLine(lineOf(annotated, "@CrossOrigin"));
        assertThat(compilation).hadErrorCount(1);
    }

    // --- the audit report

    @Test
    void theReportListsEveryEndpointWithItsEffectivePolicyAndWhereEachValueCameFrom() {
        Map<String, Object> report = reportJson(compile(Sources.userResource()));
        assertThat(report).containsAtLeast("format", 2.0, "applicationPath", null, "pathsRelativeTo",
                "the application: no Application subclass with @ApplicationPath in this compilation");
        assertThat(List.copyOf(report.keySet()))
                .containsExactly("format", "applicationPath", "pathsRelativeTo", "endpoints").inOrder();
        Map<String, Object> update = endpoint(report, "/users/{id: [0-9]+}", "PUT");
        assertThat(update).containsAtLeastEntriesIn(object(
                "path", "/users/{id: [0-9]+}",
                "method", "PUT",
                "resourceMethod", "com.example.UserResource.update(long, com.example.UserResource.User)",
                "covered", true,
                "origins", List.of("https://app.example.com"),
                "originPatterns", List.of(),
                "allowedHeaders", List.of("Authorization", "Content-Type"),
                "exposedHeaders", List.of("X-Total-Count"),
                "allowCredentials", true,
                "maxAge", 1800.0,
                "allowPrivateNetwork", false)).inOrder();
        assertThat(sources(update)).containsEntry("origins", "class com.example.UserResource");
        assertThat(sources(endpoint(report, "/users/{id}", "DELETE")))
                .containsEntry("origins", "method com.example.UserResource.delete(long)");
        assertThat(endpoint(report, "/users", "GET")).containsEntry("covered", true);
    }

    @Test
    void theReportListsEndpointsReachedThroughLocatorsUnderTheApplicationPath() {
        Map<String, Object> report = reportJson(compile(GenerationTest.sixLevels()));
        assertThat(report).containsAtLeast("applicationPath", "/api",
                "pathsRelativeTo", "@ApplicationPath(\"api\") of com.example.App");
        assertThat(endpoint(report, "/api/r/sub/{id}", "GET")).containsExactlyEntriesIn(object(
                "path", "/api/r/sub/{id}",
                "method", "GET",
                "resourceMethod", "com.example.sub.Sub.get()",
                "via", List.of("com.example.R.sub(long)"),
                "covered", true,
                "origins", List.of("https://app.example.com"),
                "originPatterns", List.of("https://*.l2.example.com"),
                "allowedHeaders", List.of("X-L3"),
                "exposedHeaders", List.of("X-L4"),
                "allowCredentials", true,
                "maxAge", 5.0,
                "allowPrivateNetwork", false,
                "sources", object(
                        "origins", "class com.example.App",
                        "originPatterns", "package com.example.sub",
                        "allowedHeaders", "class com.example.R",
                        "exposedHeaders", "method com.example.R.sub(long)",
                        "allowCredentials", "method com.example.sub.Sub.get()",
                        "maxAge", "method com.example.sub.Sub.get()",
                        "allowPrivateNetwork", "method com.example.sub.Sub.get()"))).inOrder();
        endpoint(report, "/api/r/sub/{id}/x", "PUT");
        endpoint(report, "/api/r", "GET");
    }

    @Test
    void theReportListsUncoveredEndpointsAndWhyTheyAreUncovered() {
        Compilation compilation = compile(Sources.userResource(),
                source("com.example.Plain", """
                        package com.example;

                        import jakarta.ws.rs.*;

                        @Path("plain")
                        public class Plain {
                            public static class Sub {
                                @DELETE public void delete() { }
                            }

                            @GET public String get() { return ""; }
                            @Path("sub") public Sub sub() { return new Sub(); }
                        }
                        """),
                source("com.example.Only", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        @Path("only")
                        @CrossOrigin(origins = "https://app.example.com", methods = "GET")
                        public class Only {
                            @GET public String get() { return ""; }
                            @POST public void post(String body) { }
                        }
                        """));
        Map<String, Object> report = reportJson(compilation);
        assertThat(endpoint(report, "/plain", "GET")).containsExactlyEntriesIn(object(
                "path", "/plain",
                "method", "GET",
                "resourceMethod", "com.example.Plain.get()",
                "covered", false,
                "reason", "no @CrossOrigin applies to it")).inOrder();
        assertThat(endpoint(report, "/plain/sub", "DELETE")).containsExactlyEntriesIn(object(
                "path", "/plain/sub",
                "method", "DELETE",
                "resourceMethod", "com.example.Plain.Sub.delete()",
                "via", List.of("com.example.Plain.sub()"),
                "covered", false,
                "reason", "no @CrossOrigin applies to it")).inOrder();
        assertThat(endpoint(report, "/only", "POST")).containsExactlyEntriesIn(object(
                "path", "/only",
                "method", "POST",
                "resourceMethod", "com.example.Only.post(java.lang.String)",
                "covered", false,
                "reason", "the methods attribute of @CrossOrigin on Only leaves POST out")).inOrder();
        assertThat(endpoint(report, "/only", "GET")).containsAtLeast(
                "resourceMethod", "com.example.Only.get()", "covered", true);
        assertThat((String) report.get("pathsRelativeTo")).startsWith("the application: no Application subclass");
    }

    @Test
    void theReportCanBeTurnedOff() {
        Compilation compilation = Compiler.javac().withProcessors(new PreflightProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror", "-Apreflight.report=false")
                .compile(Sources.userResource());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/preflight/cors-policies.json"))
                .isEmpty();
    }
}
