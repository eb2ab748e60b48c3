package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** What the processor generates for valid policies; every compilation here must succeed without warnings. */
class GenerationTest {
    private static final String SERVICES = "META-INF/services/jakarta.ws.rs.core.Feature";

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new PreflightProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror").compile(sources);
    }

    static Compilation compileWithOptions(Object[] options, JavaFileObject... sources) {
        Object[] all = new Object[options.length + 2];
        all[0] = "-Xlint:all,-processing";
        all[1] = "-Werror";
        System.arraycopy(options, 0, all, 2, options.length);
        return javac().withProcessors(new PreflightProcessor()).withOptions(all).compile(sources);
    }

    /** The generated source, after asserting that the compilation succeeded without any warning. */
    static String generated(Compilation compilation, String qualifiedName) {
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile(qualifiedName).isNotNull();
        try {
            return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The constant {@code POLICY_n = CorsPolicy.builder()...build();} of a generated class. */
    static String policyConstant(String generated, String field) {
        int start = generated.indexOf("CorsPolicy " + field + " = ");
        assertThat(start).isAtLeast(0);
        return generated.substring(start, generated.indexOf(".build();", start));
    }

    /** The policy field a generated {@code policyFor} returns for a Java method name. */
    static String policyOfMethod(String generated, String javaName) {
        int at = generated.indexOf("PolicyLookup.is(method, \"" + javaName + "\",");
        assertThat(at).isAtLeast(0);
        int ret = generated.indexOf("return ", at);
        return generated.substring(ret + "return ".length(), generated.indexOf(';', ret));
    }

    static JavaFileObject resource(String qualifiedName, String text) {
        return source(qualifiedName, text);
    }

    @Test
    void specExampleGeneratesPoliciesRoutesAndServiceFile() {
        Compilation compilation = compile(Sources.userResource());
        String cors = generated(compilation, "com.example.UserResourceCors");
        String feature = generated(compilation, "com.example.PreflightFeature");

        assertThat(cors).contains("new String[] {\"https://app.example.com\"}");
        assertThat(cors).contains("\"Authorization, Content-Type\"");
        assertThat(cors).contains(".exposeHeaders(\"X-Total-Count\")");
        assertThat(cors).contains(".maxAge(\"1800\")");
        assertThat(cors).contains(".allowCredentials()");

        String listPolicy = policyConstant(cors, policyOfMethod(cors, "list"));
        assertThat(policyOfMethod(cors, "update")).isEqualTo(policyOfMethod(cors, "list"));
        String deleteField = policyOfMethod(cors, "delete");
        assertThat(deleteField).isNotEqualTo(policyOfMethod(cors, "list"));
        String deletePolicy = policyConstant(cors, deleteField);
        // the method-level annotation overrides origins only: headers, credentials and max age stay the class's
        assertThat(deletePolicy).contains(".allowHeaders(\"Authorization, Content-Type\", \"Authorization\", \"Content-Type\")");
        assertThat(deletePolicy).contains(".exposeHeaders(\"X-Total-Count\")");
        assertThat(deletePolicy).contains(".allowCredentials()");
        assertThat(deletePolicy).contains(".maxAge(\"1800\")");
        assertThat(listPolicy).isEqualTo(deletePolicy.replace(deleteField, policyOfMethod(cors, "list"))
                .replace("https://admin.example.com", "https://app.example.com"));
        assertThat(deletePolicy).contains("new String[] {\"https://admin.example.com\"}");
        assertThat(deletePolicy).doesNotContain("https://app.example.com");

        assertThat(feature).contains("PreflightRoute.literal(\"users\")\n          .method(\"GET\", UserResourceCors.POLICY_0)\n"
                + "          .allowMethods(new String[] {\"\", \"GET\"})");
        assertThat(feature).contains("PreflightRoute.template(\"users/{id: [0-9]+}\", \"\\\\Qusers/\\\\E([0-9]+)\")\n"
                + "          .method(\"PUT\", UserResourceCors.POLICY_0)\n          .allowMethods(new String[] {\"\", \"PUT\"})");
        assertThat(feature).contains("PreflightRoute.template(\"users/{id}\", \"\\\\Qusers/\\\\E([^/]+)\")\n"
                + "          .method(\"DELETE\", UserResourceCors.POLICY_1)\n          .allowMethods(new String[] {\"\", \"DELETE\"})");
        assertThat(feature).contains("UserResourceCors.policyFor(resourceClass, method)");

        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES)
                .contentsAsUtf8String().isEqualTo("com.example.PreflightFeature\n");
    }

    @Test
    void methodsOnOnePathShareOneAllowMethodsValue() {
        Compilation compilation = compile(resource("com.example.Items", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("items")
                @CrossOrigin(origins = "https://app.example.com")
                public class Items {
                    @DELETE public void clear() { }
                    @GET public String list() { return ""; }
                    @POST public void add(String item) { }
                }
                """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(feature).contains(".method(\"GET\", ItemsCors.POLICY_0)\n          .method(\"POST\", ItemsCors.POLICY_0)\n"
                + "          .method(\"DELETE\", ItemsCors.POLICY_0)\n          .allowMethods(new String[] {\"\", \"GET, POST, DELETE\"})");
    }

    @Test
    void originPatternsBecomeParsedConstants() {
        String cors = generated(compile(resource("com.example.P", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("p")
                @CrossOrigin(origins = "https://app.example.com",
                             originPatterns = {"https://*.example.com", "http://localhost:[*]"})
                public class P {
                    @GET public String get() { return ""; }
                }
                """)), "com.example.PCors");
        assertThat(cors).contains("ConfiguredOrigins.resolve(\n");
        assertThat(cors).contains("new String[] {\"https://app.example.com\"},\n");
        assertThat(cors).contains("new String[] {\"https://*.example.com\", \"http://localhost:[*]\"}))");
    }

    @Test
    void anyOriginNoMaxAgeAndAnyHeader() {
        String cors = generated(compile(resource("com.example.Open", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("open")
                @CrossOrigin(origins = "*", maxAge = -1, allowedHeaders = "*")
                public class Open {
                    @GET public String get() { return ""; }
                }
                """)), "com.example.OpenCors");
        String policy = policyConstant(cors, "POLICY_0");
        assertThat(policy).contains(".anyOrigin()");
        assertThat(policy).doesNotContain(".maxAge(");
        assertThat(policy).contains(".allowAnyHeader(");
        assertThat(policy).doesNotContain(".allowHeaders(");
        assertThat(policy).doesNotContain(".allowCredentials()");
        assertThat(cors).doesNotContain("ConfiguredOrigins");
    }

    @Test
    void anyHeaderKeepsNamedAuthorization() {
        String cors = generated(compile(resource("com.example.Auth", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("auth")
                @CrossOrigin(origins = "https://app.example.com", allowedHeaders = {"*", "Authorization"})
                public class Auth {
                    @GET public String get() { return ""; }
                }
                """)), "com.example.AuthCors");
        assertThat(policyConstant(cors, "POLICY_0")).contains(".allowAnyHeader(\"Authorization\")");
    }

    @Test
    void methodsAttributeRestrictsTheCoveredMethods() {
        Compilation compilation = compile(resource("com.example.Only", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("only")
                @CrossOrigin(origins = "https://app.example.com", methods = {"GET"})
                public class Only {
                    @GET public String get() { return ""; }
                    @POST public void post(String body) { }
                }
                """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        String cors = generated(compilation, "com.example.OnlyCors");
        assertThat(feature).contains(".method(\"GET\", OnlyCors.POLICY_0)\n          .allowMethods(new String[] {\"\", \"GET\"})");
        assertThat(feature).doesNotContain("\"POST\"");
        assertThat(cors).contains("PolicyLookup.is(method, \"get\",");
        assertThat(cors).doesNotContain("PolicyLookup.is(method, \"post\",");
    }

    @Test
    void pathAndHttpMethodInheritedFromAnInterface() {
        Compilation compilation = compile(
                resource("com.example.api.UserApi", """
                        package com.example.api;

                        import jakarta.ws.rs.*;

                        @Path("/api/users/")
                        public interface UserApi {
                            @GET String list();
                            @DELETE @Path("{id}") void delete(@PathParam("id") long id);
                        }
                        """),
                resource("com.example.impl.UserImpl", """
                        package com.example.impl;

                        import com.example.api.UserApi;
                        import dev.preflight.annotations.CrossOrigin;

                        @CrossOrigin(origins = "https://app.example.com")
                        public class UserImpl implements UserApi {
                            @Override public String list() { return ""; }
                            @Override public void delete(long id) { }
                        }
                        """));
        String feature = generated(compilation, "com.example.impl.PreflightFeature");
        String cors = generated(compilation, "com.example.impl.UserImplCors");
        assertThat(feature).contains("PreflightRoute.literal(\"api/users\")\n          .method(\"GET\", UserImplCors.POLICY_0)");
        assertThat(feature).contains("PreflightRoute.template(\"api/users/{id}\"");
        assertThat(feature).contains(".method(\"DELETE\", UserImplCors.POLICY_0)");
        assertThat(cors).contains("PolicyLookup.is(method, \"list\",");
        assertThat(cors).contains("new Class<?>[] {long.class}");
    }

    @Test
    void classPathInheritedFromASuperclassAndMethodsFromIt() {
        Compilation compilation = compile(
                resource("com.example.Base", """
                        package com.example;

                        import jakarta.ws.rs.*;

                        @Path("base")
                        public abstract class Base {
                            @GET public String get() { return ""; }
                        }
                        """),
                resource("com.example.Derived", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        @CrossOrigin(origins = "https://app.example.com")
                        public class Derived extends Base {
                            @PUT @Path("more") public void put(String body) { }
                        }
                        """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        String cors = generated(compilation, "com.example.DerivedCors");
        assertThat(feature).contains("PreflightRoute.literal(\"base\")\n          .method(\"GET\", DerivedCors.POLICY_0)");
        assertThat(feature).contains("PreflightRoute.literal(\"base/more\")\n          .method(\"PUT\", DerivedCors.POLICY_0)");
        assertThat(cors).contains("PolicyLookup.covers(Derived.class, resourceClass)");
        assertThat(cors).contains("PolicyLookup.is(method, \"get\",");
        assertThat(cors).contains("PolicyLookup.is(method, \"put\",");
    }

    @Test
    void leadingAndTrailingSlashesAreNormalised() {
        String feature = generated(compile(resource("com.example.Slashes", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("/users/")
                @CrossOrigin(origins = "https://app.example.com")
                public class Slashes {
                    @GET public String list() { return ""; }
                    @GET @Path("/{id}/") public String one(@PathParam("id") String id) { return id; }
                }
                """)), "com.example.PreflightFeature");
        assertThat(feature).contains("PreflightRoute.literal(\"users\")");
        assertThat(feature).contains("PreflightRoute.template(\"users/{id}\"");
        assertThat(feature).doesNotContain("\"/users");
        assertThat(feature).doesNotContain("users/\"");
    }

    @Test
    void nestedResourceClass() {
        Compilation compilation = compile(resource("com.example.Outer", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                public class Outer {
                    @Path("inner")
                    @CrossOrigin(origins = "https://app.example.com")
                    public static class Inner {
                        @GET public String get() { return ""; }
                    }
                }
                """));
        String cors = generated(compilation, "com.example.Outer_InnerCors");
        assertThat(cors).contains("PolicyLookup.covers(Outer.Inner.class, resourceClass)");
        assertThat(generated(compilation, "com.example.PreflightFeature"))
                .contains(".method(\"GET\", Outer_InnerCors.POLICY_0)");
    }

    private static JavaFileObject simpleResource(String packageName, String simpleName, String path) {
        return resource(packageName + "." + simpleName, """
                package %s;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("%s")
                @CrossOrigin(origins = "https://app.example.com")
                public class %s {
                    @GET public String get() { return ""; }
                }
                """.formatted(packageName, path, simpleName));
    }

    @Test
    void featureGoesToTheCommonPackage() {
        Compilation compilation = compile(simpleResource("com.example.users", "Users", "users"),
                simpleResource("com.example.orders.v2", "Orders", "orders"));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(feature).contains("com.example.users.UsersCors");
        assertThat(feature).contains("com.example.orders.v2.OrdersCors");
        generated(compilation, "com.example.users.UsersCors");
        generated(compilation, "com.example.orders.v2.OrdersCors");
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES)
                .contentsAsUtf8String().isEqualTo("com.example.PreflightFeature\n");
    }

    @Test
    void featurePackageOption() {
        Compilation compilation = compileWithOptions(new Object[] {"-Apreflight.featurePackage=x.y"},
                simpleResource("com.example", "Users", "users"));
        generated(compilation, "x.y.PreflightFeature");
        assertThat(compilation.generatedSourceFile("com.example.PreflightFeature").isPresent()).isFalse();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES)
                .contentsAsUtf8String().isEqualTo("x.y.PreflightFeature\n");
    }

    @Test
    void classWithoutCrossOriginProducesNothing() {
        Compilation compilation = compile(resource("com.example.Plain", """
                package com.example;

                import jakarta.ws.rs.*;

                @Path("plain")
                public class Plain {
                    @GET public String get() { return ""; }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFiles()).isEmpty();
        assertThat(compilation.generatedFiles().stream()
                .filter(f -> f.getKind() != JavaFileObject.Kind.CLASS)).isEmpty();
    }

    @Test
    void generatedCodeCompiles() {
        Compilation compilation = compile(Sources.userResource());
        assertThat(compilation).succeededWithoutWarnings();
        // javac compiled what the processor wrote: its class files are there
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "com/example/UserResourceCors.class");
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "com/example/PreflightFeature.class");
    }
}
