package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.preflight.processor.Sources.classLevel;
import static dev.preflight.processor.Sources.lineOf;
import static dev.preflight.processor.Sources.SUPPRESS;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The warnings of the README's rule table: each on its line, with its code; the build goes on and generates
 * the code; {@code @SuppressWarnings("cors")} on the method or class silences it.
 */
class WarningTest {
    /** Without -Werror, so that a warning leaves the compilation successful. */
    private static Compilation compileAllowingWarnings(JavaFileObject source) {
        return javac().withProcessors(new PreflightProcessor()).withOptions("-Xlint:all,-processing").compile(source);
    }

    /**
     * Asserts that {@code text} compiles with exactly one warning, containing {@code fragment}, on the
     * line of {@code marker}, that the CORS code is still generated, and that with
     * {@code @SuppressWarnings("cors")} in place of the {@code // SUPPRESS} comment it compiles without
     * any warning under -Werror.
     */
    private static void assertSingleWarning(String text, String fragment, String marker) {
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compileAllowingWarnings(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(fragment).inFile(file).onLine(lineOf(text, marker));
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).generatedSourceFile("com.example.PreflightFeature").isNotNull();

        assertThat(text).contains(SUPPRESS);
        Compilation suppressed = GenerationTest.compile(source("com.example.R",
                text.replace(SUPPRESS, "@SuppressWarnings(\"cors\")")));
        assertThat(suppressed).succeededWithoutWarnings();
        assertThat(suppressed).generatedSourceFile("com.example.PreflightFeature").isNotNull();
    }

    /** A resource with the class annotation given and a member, suppressible on the member's line before it. */
    private static String withMember(String crossOrigin, String member) {
        return """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                %s
                public class R {
                    // SUPPRESS
                %s
                }
                """.formatted(crossOrigin, member);
    }

    @Test
    void w1HeaderParamNotAllowed() {
        String text = withMember("@CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = \"X-Other\")",
                "    @GET public String get(@HeaderParam(\"X-Request-Id\") String id) { return id; }");
        assertSingleWarning(text, "[preflight W1] header \"X-Request-Id\" is read here, but it is neither "
                + "CORS-safelisted nor in allowedHeaders of @CrossOrigin on R", "X-Request-Id");
    }

    @Test
    void w1NeverReportsHeadersTheBrowserSetsItself() {
        String text = withMember("@CrossOrigin(origins = \"https://app.example.com\")", """
                    @GET @Produces("text/event-stream")
                    public String events(@HeaderParam("Last-Event-ID") String lastEventId,
                                         @HeaderParam("User-Agent") String agent,
                                         @HeaderParam("Cookie") String cookie,
                                         @HeaderParam("Sec-Fetch-Site") String site) { return ""; }""");
        Compilation compilation = GenerationTest.compile(source("com.example.R", text));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void w8TrailingDot() {
        String text = classLevel("""
                    maxAge = 60,
                    origins = "https://app.example.com.\"""");
        assertSingleWarning(text, "[preflight W8] origin \"https://app.example.com.\" ends in a dot, which browsers "
                + "keep: it is another origin than \"https://app.example.com\"", "origins = ");
    }

    @Test
    void w1HeaderParamOnAFieldIsReportedOnTheField() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                // SUPPRESS
                @Path("r")
                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    @HeaderParam("X-Tenant") String tenant;

                    @GET public String get() { return tenant; }
                    @DELETE public void delete() { }
                }
                """;
        assertSingleWarning(text, "[preflight W1] header \"X-Tenant\"", "X-Tenant");
    }

    @Test
    void w1HeaderParamOfABeanParam() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    public static class Query {
                        @HeaderParam("X-Page-Size") int pageSize;
                    }

                    // SUPPRESS
                    @GET public String get(@BeanParam Query query) { return ""; }
                }
                """;
        assertSingleWarning(text, "[preflight W1] header \"X-Page-Size\"", "X-Page-Size");
    }

    @Test
    void w2ConsumesJsonWithoutContentType() {
        String text = withMember("@CrossOrigin(origins = \"https://app.example.com\")",
                "    @PUT @Consumes(\"application/json\") public void put(String body) { }");
        assertSingleWarning(text, "[preflight W2] @Consumes(\"application/json\") on a method that @CrossOrigin "
                + "on R covers, but Content-Type is not in allowedHeaders", "@Consumes");
    }

    @Test
    void w2ConsumesOnTheClass() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                // SUPPRESS
                @Path("r")
                @Consumes({"text/plain", "application/xml"})
                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    @GET public String get() { return ""; }
                    @POST public void post(String body) { }
                }
                """;
        assertSingleWarning(text, "[preflight W2] @Consumes(\"application/xml\")", "@Consumes");
    }

    @Test
    void w3ForbiddenRequestHeaderAllowed() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    allowedHeaders = {"X-Ok",
                                      "Cookie"}""");
        assertSingleWarning(text, "[preflight W3] allowedHeaders names \"Cookie\", a forbidden request header",
                "\"Cookie\"}");
    }

    @Test
    void w4PlainHttpOriginWithCredentials() {
        String text = classLevel("""
                    origins = {"https://app.example.com",
                               "http://app.example.com"},
                    allowCredentials = true""");
        assertSingleWarning(text, "[preflight W4] origin \"http://app.example.com\" is plain http with "
                + "allowCredentials = true", "\"http://app.example.com\"}");
    }

    @Test
    void w5DuplicateHeaderIgnoringCase() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    allowedHeaders = {"X-Token",
                                      "x-token"}""");
        assertSingleWarning(text, "[preflight W5] allowedHeaders lists \"x-token\" twice (header names ignore case)",
                "\"x-token\"}");
    }

    @Test
    void w5SafelistedResponseHeaderExposed() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    exposedHeaders = {"X-Total-Count",
                                      "Content-Length"}""");
        assertSingleWarning(text, "[preflight W5] exposedHeaders names \"Content-Length\", a CORS-safelisted "
                + "response header", "\"Content-Length\"}");
    }

    @Test
    void w5OptionsInMethods() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    methods = {"GET",
                               "OPTIONS"}""");
        assertSingleWarning(text, "[preflight W5] methods names \"OPTIONS\"", "\"OPTIONS\"}");
    }

    @Test
    void w6MaxAgeAboveWhatChromiumHonours() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    maxAge = 86400""");
        assertSingleWarning(text, "[preflight W6] maxAge = 86400 is above 7200", "maxAge = 86400");
    }

    @Test
    void w6MaxAgeZero() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    maxAge = 0""");
        assertSingleWarning(text, "[preflight W6] maxAge = 0 forbids browsers to cache preflights", "maxAge = 0");
    }

    @Test
    void w7AuthorizationUnderTheWildcard() {
        String text = withMember("@CrossOrigin(origins = \"https://app.example.com\", allowedHeaders = \"*\")",
                "    @GET public String get(@HeaderParam(\"Authorization\") String auth) { return auth; }");
        assertSingleWarning(text, "[preflight W7] header \"Authorization\" is read here, but allowedHeaders = \"*\" "
                + "of @CrossOrigin on R never covers Authorization", "Authorization");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Object                      | returns java.lang.Object, which any object is",
        "Class<?>                    | returns java.lang.Class<?>, a class that Jakarta REST instantiates",
        "<T> T                       | returns T, a type variable",
        "Runnable                    | returns java.lang.Runnable, which has no resource method or locator",
    })
    void w9LocatorWhoseTargetCannotBeKnown(String returnType, String fragment) {
        String text = withMember("@CrossOrigin(origins = \"https://app.example.com\")", """
                    @Path("any") public %s any() { return null; }
                    @GET public String get() { return ""; }""".formatted(returnType));
        assertSingleWarning(text, "[preflight W9] sub-resource locator any " + fragment, "any()");
        assertSingleWarning(text, "so Preflight cannot tell which resource methods it leads to: the paths under "
                + "it stay uncovered, and their preflights are not answered", "any()");
    }

    @Test
    void w9OnAnAnnotatedLocatorThatReturnsObjectAndNothingIsCoveredUnderIt() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @GET @CrossOrigin(origins = "https://app.example.com") public String get() { return ""; }

                    public static class Sub {
                        @GET public String get() { return ""; }
                    }

                    // SUPPRESS
                    @Path("sub") @CrossOrigin(origins = "https://admin.example.com")
                    public Object sub() { return new Sub(); }
                }
                """;
        assertSingleWarning(text, "[preflight W9] sub-resource locator sub returns java.lang.Object", "Object sub()");
        Compilation compilation = compileAllowingWarnings(source("com.example.R", text));
        String feature = GenerationTest.generatedAllowingWarnings(compilation, "com.example.PreflightFeature");
        assertThat(GenerationTest.rows(feature, "policies.add(")).containsExactly("policies.add(\"com.example.R#get()\", "
                + "\"https://app.example.com\", \"\", 0, null, null, \"1800\");");
        assertThat(feature).doesNotContain("Sub");
        assertThat(feature).doesNotContain("admin");
    }

    @Test
    void noW9WhereNoPolicyWouldApply() {
        Compilation compilation = GenerationTest.compile(source("com.example.R", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @GET @CrossOrigin(origins = "https://app.example.com") public String get() { return ""; }
                    @Path("any") public Object any() { return null; }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void suppressionOnAMethodLeavesTheClassAnnotationsWarnings() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com",
                             maxAge = 0)
                public class R {
                    @SuppressWarnings("cors")
                    @PUT @Consumes("application/json") public void put(String body) { }
                }
                """;
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compileAllowingWarnings(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[preflight W6]").inFile(file).onLine(lineOf(text, "maxAge = 0"));
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void suppressionNeverSilencesAnError() {
        Compilation compilation = GenerationTest.compile(source("com.example.R", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @SuppressWarnings("cors")
                @Path("r")
                @CrossOrigin(origins = "https://app.example.com/")
                public class R {
                    @GET public String get() { return ""; }
                }
                """));
        assertThat(compilation).hadErrorContaining("[preflight E3]");
        assertThat(compilation.errors()).hasSize(1);
    }
}
