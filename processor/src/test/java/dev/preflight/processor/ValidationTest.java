package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.preflight.processor.GenerationTest.compile;
import static dev.preflight.processor.Sources.classLevel;
import static dev.preflight.processor.Sources.lineOf;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The errors of the README's rule table: each test asserts the rule code, a part of the message, and the line of
 * the attribute value or element at fault. The warnings are in {@link WarningTest}.
 */
class ValidationTest {

    /** Compiles, and asserts exactly one error, with {@code fragment}, on the line containing {@code marker}. */
    private static void assertSingleError(String text, String fragment, String marker) {
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(fragment).inFile(file).onLine(lineOf(text, marker));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void e0NoOriginAfterMerge() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @GET
                    @CrossOrigin(allowedHeaders = "X-Token")
                    public String get() { return ""; }
                }
                """;
        assertSingleError(text, "[preflight E0] no origin is allowed", "@CrossOrigin(allowedHeaders");
    }

    @Test
    void e0EmptyOriginsOnClassReportedOnceForAllMethods() {
        String text = classLevel("""
                    origins = {},
                    maxAge = 60""");
        assertSingleError(text, "[preflight E0] no origin is allowed", "@CrossOrigin(");
    }

    @Test
    void e1CredentialsWithAnyOrigin() {
        String text = classLevel("""
                    origins = "*",
                    allowCredentials = true""");
        assertSingleError(text, "[preflight E1] allowCredentials = true with origins = \"*\"", "allowCredentials = true");
    }

    @Test
    void e1CredentialsOnClassAndAnyOriginOnMethodPointsAtTheCredentials() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com",
                             allowCredentials = true)
                public class R {
                    @GET public String get() { return ""; }
                    @DELETE
                    @CrossOrigin(origins = "*")
                    public void delete() { }
                }
                """;
        assertSingleError(text, "[preflight E1]", "allowCredentials = true");
    }

    @Test
    void e1PatternMatchingEveryOriginWithCredentials() {
        String text = classLevel("""
                    originPatterns = {"https://*.example.com",
                                      "*"},
                    allowCredentials = true""");
        assertSingleError(text, "[preflight E1] origin pattern \"*\" matches every origin, and allowCredentials = true",
                "\"*\"}");
    }

    @Test
    void e9PatternMatchingEveryOriginWithoutCredentials() {
        String text = classLevel("""
                    originPatterns = "https://*\"""");
        assertSingleError(text, "[preflight E9] origin pattern \"https://*\" matches every origin", "originPatterns");
    }

    @Test
    void e2MethodsStar() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    methods = {"GET",
                               "*"}""");
        assertSingleError(text, "[preflight E2] methods = \"*\" is not supported", "\"*\"}");
    }

    @Test
    void e2ExposedHeadersStarWithCredentials() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    allowCredentials = true,
                    exposedHeaders = {"X-Total-Count",
                                      "*"}""");
        assertSingleError(text, "[preflight E2] exposedHeaders = \"*\" with allowCredentials = true", "\"*\"}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://app.example.com/      | a trailing slash",
        "https://app.example.com/api   | a path",
        "https://user@app.example.com  | userinfo",
        "https://app.example.com?x=1   | a query",
        "https://app.example.com#top   | a fragment",
        "https://*.example.com         | contains a wildcard",
        "'https://app.example.com '    | whitespace",
        "https://app.example.com:70000 | port \"70000\"",
        "https://                      | empty host",
        "app.example.com               | no scheme",
        "http://1.2.3.4.5              | IPv4",
        "http://192.168.0.257          | IPv4",
        "http://foo.09                 | IPv4",
        "http://[0:1:2:3:4:5:6:7:8]    | IPv6",
        "http://[0::0::0]              | IPv6",
        "http://[::::::::::::::::1]    | IPv6",
        "https://foo:0                 | no page is ever served from",
        "http://app.example.com:6000   | bad ports",
        "https://app.example.com:10080 | bad ports",
        "https://xn--a.faß.de          | UTS #46",
    })
    void e3MalformedOrigin(String origin, String why) {
        String text = classLevel("""
                    origins = {"https://ok.example.com",
                               "%s"}""".formatted(origin));
        assertSingleError(text, "[preflight E3] origin \"" + origin + "\"", "\"" + origin + "\"}");
        assertSingleError(text, why, "\"" + origin + "\"}");
    }

    @Test
    void e3WildcardInFrontOfAPublicSuffixSuggestsNoPatternThatIsE9() {
        String text = classLevel("""
                    origins = {"https://ok.example.com",
                               "https://*.co.uk"}""");
        assertSingleError(text, "[preflight E3] origin \"https://*.co.uk\" contains a wildcard", "\"https://*.co.uk\"}");
        assertSingleError(text, "\"co.uk\" is a public suffix", "\"https://*.co.uk\"}");
        assertSingleError(text, "originPatterns = \"https://*.example.co.uk\"", "\"https://*.co.uk\"}");
    }

    @Test
    void e3StarCombinedWithOtherOrigins() {
        String text = classLevel("""
                    origins = {"https://app.example.com",
                               "*"}""");
        assertSingleError(text, "[preflight E3] origin \"*\" allows every origin and cannot be combined", "\"*\"}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://App.example.com      | upper case        | https://app.example.com",
        "HTTPS://app.example.com      | upper case        | https://app.example.com",
        "https://app.example.com:443  | default port 443  | https://app.example.com",
        "http://localhost:80          | default port 80   | http://localhost",
        "http://192.168.257           | IPv4              | http://192.168.1.1",
        "http://0xffffffff            | IPv4              | http://255.255.255.255",
        "http://256                   | IPv4              | http://0.0.1.0",
        "https://00.00.00.00          | IPv4              | https://0.0.0.0",
        "http://127.1                 | IPv4              | http://127.0.0.1",
        "http://192.168.001.010       | IPv4              | http://192.168.1.8",
        "http://192.0x00A80001        | IPv4              | http://192.168.0.1",
        "http://[1:0::]               | IPv6              | http://[1::]",
        "http://[::127.0.0.1]         | IPv6              | http://[::7f00:1]",
        "http://[0:0:0:0:0:0:0:1]     | IPv6              | http://[::1]",
        "https://faß.de               | UTS #46           | https://xn--fa-hia.de",
        "https://ẞ.com                | UTS #46           | https://xn--zca.com",
        "https://βόλος.com            | UTS #46           | https://xn--nxasmm1c.com",
        "https://ex%61mple.com        | percent-encoded   | https://example.com",
        "https://app.example.com:     | empty port        | https://app.example.com",
    })
    void e4NotSerializedAsBrowsersDo(String origin, String why, String canonical) {
        String text = classLevel("""
                    maxAge = 60,
                    origins = "%s\"""".formatted(origin));
        assertSingleError(text, "[preflight E4] origin \"" + origin + "\" is not written the way browsers send it",
                "\"" + origin + "\"");
        assertSingleError(text, why, "\"" + origin + "\"");
        assertSingleError(text, "\"" + canonical + "\"", "\"" + origin + "\"");
    }

    @Test
    void e4InTheValueAliasPointsAtValue() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(maxAge = 60,
                             value = "https://App.example.com")
                public class R {
                    @GET public String get() { return ""; }
                }
                """;
        assertSingleError(text, "[preflight E4]", "value = ");
    }

    @Test
    void e5NullOrigin() {
        String text = classLevel("""
                    origins = {"https://app.example.com",
                               "null"}""");
        assertSingleError(text, "[preflight E5] origin \"null\"", "\"null\"}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "allowedHeaders | X Token",
        "allowedHeaders | X-Token:",
        "exposedHeaders | X-Total-Count, X-Page",
        "allowedHeaders | ''",
    })
    void e6HeaderNameNotAToken(String attribute, String header) {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    %s = {"X-Ok",
                          "%s"}""".formatted(attribute, header));
        assertSingleError(text, "[preflight E6] header name \"" + header + "\" is not a valid header name",
                "\"" + header + "\"}");
    }

    @Test
    void e6SetCookieExposed() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    exposedHeaders = {"X-Ok",
                                      "Set-Cookie"}""");
        assertSingleError(text, "[preflight E6] exposedHeaders names \"Set-Cookie\", which browsers never expose",
                "\"Set-Cookie\"}");
    }

    @Test
    void e7MethodNoResourceMethodImplements() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    methods = {"GET",
                               "PATCH"}""");
        assertSingleError(text, "[preflight E7] methods names \"PATCH\", but no resource method this @CrossOrigin "
                + "applies to implements it (they implement GET, HEAD, POST)", "\"PATCH\"}");
    }

    @Test
    void e7HeadWithoutGetCoversNothing() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    methods = {"POST",
                               "HEAD"}""");
        assertSingleError(text, "[preflight E7] methods names \"HEAD\" without \"GET\"", "\"HEAD\"}");
    }

    @Test
    void e7OnlyOptionsCoversNothing() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    methods = "OPTIONS"
                """);
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight E7] methods names only OPTIONS").inFile(file)
                .onLine(lineOf(text, "methods = \"OPTIONS\""));
    }

    @Test
    void e7OnAMethodLevelAnnotation() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @GET public String get() { return ""; }
                    @PUT
                    @CrossOrigin(origins = "https://app.example.com",
                                 methods = "put")
                    public void put(String body) { }
                }
                """;
        assertSingleError(text, "[preflight E7] methods names \"put\"", "methods = \"put\"");
        assertSingleError(text, "Methods compare case-sensitively: write \"PUT\"", "methods = \"put\"");
    }

    @Test
    void e7MethodNotAToken() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    methods = {"GET",
                               "PO ST"}""");
        assertSingleError(text, "[preflight E7] method \"PO ST\" is not a valid HTTP method name", "\"PO ST\"}");
    }

    @Test
    void e8MaxAgeBelowMinusOne() {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    maxAge = -2""");
        assertSingleError(text, "[preflight E8] maxAge = -2 is below -1", "maxAge = -2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://app.*.example.com       | not one whole leftmost label",
        "https://**.example.com          | not one whole leftmost label",
        "https://*.*.example.com         | not one whole leftmost label",
        "*.example.com                   | has no scheme",
        "HTTPS://*.example.com           | has scheme",
        "https://*.example.com:[80,      | malformed port list",
        "https://*.example.com:[8080,x]  | malformed port list",
        "https://*.example.com:443       | the default port of https",
        "https://*.Example.com           | lower case",
        "https://*.example.com/          | trailing slash",
        "https://*.com                   | public suffix",
        "https://*.co.uk                 | public suffix",
        "https://*.github.io:[8443]      | public suffix",
    })
    void e9MalformedPattern(String pattern, String why) {
        String text = classLevel("""
                    origins = "https://app.example.com",
                    originPatterns = {"https://*.ok.example.com",
                                      "%s"}""".formatted(pattern));
        assertSingleError(text, "[preflight E9] origin pattern \"" + pattern + "\"", "\"" + pattern + "\"}");
        assertSingleError(text, why, "\"" + pattern + "\"}");
    }

    @Test
    void e10ClassWithoutPath() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    @GET public String get() { return ""; }
                    @POST public void post(String body) { }
                }
                """;
        assertSingleError(text, "[preflight E10] @CrossOrigin on R, which is not a resource class: neither it nor "
                + "a superclass or interface has @Path, and no sub-resource locator of this compilation declares "
                + "it as its return type. Put @CrossOrigin on a class annotated with @Path", "@CrossOrigin");
    }

    @Test
    void e10MethodOfAClassWithoutPath() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                public class R {
                    @GET
                    @CrossOrigin(origins = "https://app.example.com")
                    public String get() { return ""; }
                }
                """;
        assertSingleError(text, "[preflight E10] @CrossOrigin on get of R, which is not a resource class",
                "@CrossOrigin");
    }

    @Test
    void e10MethodWithoutHttpMethod() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @GET public String get() { return ""; }

                    @CrossOrigin(origins = "https://app.example.com")
                    public String helper() { return ""; }
                }
                """;
        assertSingleError(text, "[preflight E10] @CrossOrigin on helper, which is not a resource method",
                "@CrossOrigin");
    }

    @Test
    void e10LocatorInAClassThatIsNoResource() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                public class R {
                    public static class Sub {
                        @GET public String get() { return ""; }
                    }

                    @Path("sub")
                    @CrossOrigin(origins = "https://app.example.com")
                    public Sub locator() { return new Sub(); }
                }
                """;
        assertSingleError(text, "[preflight E10] @CrossOrigin on locator of R, which is not a resource class: "
                + "neither it nor a superclass or interface has @Path, and no sub-resource locator of this "
                + "compilation declares it as its return type", "@CrossOrigin");
    }

    @Test
    void e10HelperMethodOfALocatorTarget() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @CrossOrigin(origins = "https://app.example.com")
                    public static class Sub {
                        @GET public String get() { return ""; }

                        @CrossOrigin(origins = "https://admin.example.com")
                        public String helper() { return ""; }
                    }

                    @Path("sub") public Sub locator() { return new Sub(); }
                }
                """;
        assertSingleError(text, "[preflight E10] @CrossOrigin on helper, which is not a resource method: it has "
                + "no HTTP method annotation such as @GET, nor @Path", "\"https://admin.example.com\"");
    }

    @Test
    void aLocatorsOwnAnnotationIsCheckedEvenWhereItCoversNothing() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @SuppressWarnings("cors")
                public class R {
                    @GET @CrossOrigin(origins = "https://app.example.com") public String get() { return ""; }

                    @Path("any") @CrossOrigin(origins = "https://admin.example.com/")
                    public Object any() { return null; }
                }
                """;
        assertSingleError(text, "[preflight E3] origin \"https://admin.example.com/\" has a trailing slash",
                "admin.example.com/");
    }

    /** One class returned by two locators. */
    private static final String TWO_LOCATORS = """
            package com.example;

            import dev.preflight.annotations.CrossOrigin;
            import jakarta.ws.rs.*;

            @Path("r")
            public class R {
                public static class Sub {
                    @GET public String get() { return ""; }
                }

                @Path("a") @CrossOrigin(origins = "https://app.example.com")
                public Sub a() { return new Sub(); }

                @Path("b") %s
                public Sub b() { return new Sub(); }
            }
            """;

    @Test
    void e12ALocatorTargetReachedWithTwoPolicies() {
        String text = TWO_LOCATORS.formatted("@CrossOrigin(origins = \"https://admin.example.com\")");
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight E12] Sub is reached through the sub-resource "
                + "locator R.b() and through the sub-resource locator R.a() with two different policies (for "
                + "Sub.get()): at run time a method's policy is found by its class, not by the path that led "
                + "there, so one policy would judge both. Put the @CrossOrigin on Sub (or on its methods) instead "
                + "of on the locators").inFile(file).onLine(lineOf(text, "Sub b()"));
        assertThat(compilation).hadErrorContaining("[preflight E12] Sub is reached through the sub-resource "
                + "locator R.a() and through the sub-resource locator R.b()").inFile(file).onLine(lineOf(text, "Sub a()"));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void e12ALocatorTargetReachedWithAPolicyAndWithout() {
        String text = TWO_LOCATORS.formatted("");
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight E12] Sub is reached through the sub-resource "
                + "locator R.b() and through the sub-resource locator R.a() with two different policies")
                .inFile(file).onLine(lineOf(text, "Sub b()"));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void aLocatorTargetWithItsOwnClassPolicyKeepsItWhereverItIsReached() {
        String root = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("sub")
                @CrossOrigin(origins = "https://app.example.com")
                public class Sub {
                    @GET public String get() { return ""; }
                }
                """;
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @Path("sub") @CrossOrigin(maxAge = 60)
                    public Sub sub() { return new Sub(); }
                }
                """;
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(source("com.example.Sub", root), file);
        // Sub's class-level policy stands alone: the locator's maxAge does not reach it, so the root
        // resource and the locator's target agree
        assertThat(compilation).succeeded();
        assertThat(GenerationTest.policyRow(GenerationTest.generated(compilation, "com.example.PreflightFeature"),
                "com.example.Sub#get()")).endsWith("\"https://app.example.com\", \"\", 0, null, null, \"1800\");");
    }

    @Test
    void e11HandWrittenOptionsOnACoveredPath() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;
                import jakarta.ws.rs.core.Response;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    @GET public String get() { return ""; }

                    @Produces("text/plain")
                    @OPTIONS
                    public Response options() { return Response.ok().build(); }
                }
                """;
        assertSingleError(text, "[preflight E11] @OPTIONS method options is on \"r\", a path whose CORS "
                + "preflights Preflight answers", "@OPTIONS");
    }

    @Test
    void e11HandWrittenOptionsInAClassWithoutCrossOrigin() {
        String resource = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r/{id}")
                public class R {
                    @GET
                    @CrossOrigin(origins = "https://app.example.com")
                    public String get(@PathParam("id") String id) { return id; }
                }
                """;
        String other = """
                package com.example;

                import jakarta.ws.rs.*;

                @Path("r")
                public class Other {
                    @Path("{key}")
                    @OPTIONS
                    public String options() { return ""; }
                }
                """;
        JavaFileObject otherFile = source("com.example.Other", other);
        Compilation compilation = compile(source("com.example.R", resource), otherFile);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight E11] @OPTIONS method options is on \"r/{key}\"")
                .inFile(otherFile).onLine(lineOf(other, "@OPTIONS"));
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void e12TwoClassesDisagreeOnOnePathAndMethod() {
        String first = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com")
                public class A {
                    @GET public String get() { return ""; }
                }
                """;
        String second = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("/r/")
                @CrossOrigin(origins = "https://admin.example.com")
                public class B {
                    @GET @Produces("text/csv") public String csv() { return ""; }
                }
                """;
        JavaFileObject firstFile = source("com.example.A", first);
        JavaFileObject secondFile = source("com.example.B", second);
        Compilation compilation = compile(firstFile, secondFile);
        assertThat(compilation).failed();
        String message = "[preflight E12] GET \"r\" has two @CrossOrigin policies that disagree on origins: that of "
                + "B.csv() and that of A.get()";
        // on each @CrossOrigin at the value that disagrees, not on the methods
        assertThat(compilation).hadErrorContaining(message).inFile(secondFile)
                .onLine(lineOf(second, "https://admin.example.com"));
        assertThat(compilation).hadErrorContaining(message).inFile(firstFile)
                .onLine(lineOf(first, "https://app.example.com"));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void e12MethodLevelPoliciesOfOnePathAndMethodInOneClass() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @GET @Produces("application/json")
                    @CrossOrigin(origins = "https://app.example.com")
                    public String json() { return ""; }

                    @GET @Produces("text/csv")
                    @CrossOrigin(origins = "https://app.example.com",
                                 maxAge = 60)
                    public String csv() { return ""; }
                }
                """;
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        String message = "[preflight E12] GET \"r\" has two @CrossOrigin policies that disagree on maxAge";
        // the value written, and the @CrossOrigin whose default disagrees with it
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(lineOf(text, "maxAge = 60"));
        assertThat(compilation).hadErrorContaining(message).inFile(file)
                .onLine(lineOf(text, "    @CrossOrigin(origins = \"https://app.example.com\")"));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void e13PrivateNetworkWithAnyOrigin() {
        String text = classLevel("""
                    origins = "*",
                    allowPrivateNetwork = true""");
        assertSingleError(text, "[preflight E13] allowPrivateNetwork = true with origins = \"*\"",
                "allowPrivateNetwork = true");
    }

    @Test
    void classLevelErrorSharedByManyMethodsIsReportedOnce() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = {"https://App.example.com",
                                        "*"},
                             allowCredentials = true)
                public class R {
                    @GET public String get() { return ""; }
                    @POST public void post(String body) { }
                    @PUT public void put(String body) { }
                    @DELETE @Path("{id}") public void delete(@PathParam("id") long id) { }
                }
                """;
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight E4]").inFile(file)
                .onLine(lineOf(text, "App.example.com"));
        assertThat(compilation).hadErrorContaining("[preflight E3]").inFile(file).onLine(lineOf(text, "\"*\"}"));
        assertThat(compilation).hadErrorContaining("[preflight E1]").inFile(file)
                .onLine(lineOf(text, "allowCredentials = true"));
        // one per problem, not one per resource method
        assertThat(compilation.errors()).hasSize(3);
    }

    @Test
    void errorsInTwoAnnotationsAreReportedOnEach() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com",
                             maxAge = -5)
                public class R {
                    @GET public String get() { return ""; }
                    @DELETE
                    @CrossOrigin(origins = "https://admin.example.com/")
                    public void delete() { }
                }
                """;
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight E8]").inFile(file).onLine(lineOf(text, "maxAge = -5"));
        assertThat(compilation).hadErrorContaining("[preflight E3]").inFile(file)
                .onLine(lineOf(text, "admin.example.com/"));
        assertThat(compilation.errors()).hasSize(2);
    }
}
