package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** What the processor generates for valid policies; every compilation here must succeed without warnings. */
class GenerationTest {
    private static final String SERVICES = "META-INF/services/jakarta.ws.rs.core.Feature";
    private static final String PROVIDERS = "META-INF/services/jakarta.ws.rs.ext.Providers";

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

    /** The generated source of a compilation that may have had warnings. */
    static String generatedAllowingWarnings(Compilation compilation, String qualifiedName) {
        assertThat(compilation).succeeded();
        try {
            return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of the generated table, each as the one-line call that adds it: the generated calls of
     * {@code start} ({@code "policies.add("}) decoded by the runtime's row type, not scraped from the text.
     */
    static List<String> rows(String generated, String start) {
        String receiverAndMethod = start.substring(0, start.length() - 1);
        List<String> rows = new ArrayList<>();
        GeneratedTable.calls(generated, receiverAndMethod).forEach(call -> rows.add(call.statement(receiverAndMethod)));
        return rows;
    }

    /**
     * The row of the generated policy table that covers a resource method, by its key
     * ({@code com.example.UserResource#update(long,com.example.UserResource$User)}).
     */
    static String policyRow(String generated, String methodKey) {
        List<GeneratedTable.Call> matching = GeneratedTable.calls(generated, "policies.add").stream()
                .filter(call -> call.row().methodKeys().contains(methodKey))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0).statement("policies.add");
    }

    /** The keys a row (as {@link #policyRow} gives it) lists, each with its class, decoded by the runtime's row type. */
    static List<String> methodKeys(String row) {
        return GeneratedTable.calls("class Row { void add() { " + row + " } }", "policies.add").get(0).row().methodKeys();
    }

    static JavaFileObject resource(String qualifiedName, String text) {
        return source(qualifiedName, text);
    }

    @Test
    void specExampleGeneratesPoliciesAndServiceFile() {
        Compilation compilation = compile(Sources.userResource());
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(compilation.generatedSourceFiles()).hasSize(1);

        String list = policyRow(feature, "com.example.UserResource#list()");
        assertThat(policyRow(feature, "com.example.UserResource#update(long,com.example.UserResource$User)")).isEqualTo(list);
        assertThat(list).isEqualTo("policies.add(\"com.example.UserResource#list() "
                + "#update(long,com.example.UserResource$User)\", \"https://app.example.com\", \"\", "
                + "CREDENTIALS, \"Authorization, Content-Type\", \"X-Total-Count\", \"1800\");");
        // the method-level annotation overrides origins only: headers, credentials and max age stay the class's
        assertThat(policyRow(feature, "com.example.UserResource#delete(long)")).isEqualTo(
                "policies.add(\"com.example.UserResource#delete(long)\", \"https://admin.example.com\", \"\", "
                + "CREDENTIALS, \"Authorization, Content-Type\", \"X-Total-Count\", \"1800\");");
        assertThat(feature).contains("PolicyTable.builder(2)");

        // no path table: the runtime reads the paths of what the application really deploys
        assertThat(feature).doesNotContain("routes");
        assertThat(feature).contains("super(POLICIES)");

        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, SERVICES)
                .contentsAsUtf8String().isEqualTo("com.example.PreflightFeature\n");
        // RESTEasy registers what this file lists even where it service-loads no feature; a class of its own,
        // so that RESTEasy never sees one class registered twice, with the same table, so it is kept once
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, PROVIDERS)
                .contentsAsUtf8String().isEqualTo("com.example.PreflightFeature$ListedProvider\n");
        assertThat(feature).contains("public static final class ListedProvider extends PreflightFeatureSupport");
        assertThat(feature).contains("super(POLICIES, true)");
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT,
                "com/example/PreflightFeature$ListedProvider.class");
    }

    @Test
    void twoPoliciesOnOnePathGetAnAllowMethodsValuePerSetOfPolicies() {
        Compilation compilation = compile(
                resource("com.example.Purge", """
                        package com.example;

                        import jakarta.ws.rs.HttpMethod;
                        import java.lang.annotation.*;

                        @Target(ElementType.METHOD)
                        @Retention(RetentionPolicy.RUNTIME)
                        @HttpMethod("PURGE|ALL")
                        public @interface Purge {
                        }
                        """),
                resource("com.example.Cache", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        @Path("cache")
                        @CrossOrigin(origins = "https://app.example.com")
                        public class Cache {
                            @GET public String get() { return ""; }
                            @Purge @CrossOrigin(origins = "https://admin.example.com") public void purge() { }
                        }
                        """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(policyRow(feature, "com.example.Cache#purge()")).contains("\"https://admin.example.com\"");
        assertThat(policyRow(feature, "com.example.Cache#get()")).doesNotContain("#purge()");
    }

    @Test
    void methodsOfOneClassShareOnePolicyRow() {
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
        String row = policyRow(feature, "com.example.Items#clear()");
        assertThat(policyRow(feature, "com.example.Items#list()")).isEqualTo(row);
        assertThat(policyRow(feature, "com.example.Items#add(java.lang.String)")).isEqualTo(row);
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
                """)), "com.example.PreflightFeature");
        assertThat(policyRow(cors, "com.example.P#get()")).isEqualTo("policies.add(\"com.example.P#get()\", "
                + "\"https://app.example.com\", \"https://*.example.com http://localhost:[*]\", 0, null, null, \"1800\");");
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
                """)), "com.example.PreflightFeature");
        assertThat(policyRow(cors, "com.example.Open#get()"))
                .isEqualTo("policies.add(\"com.example.Open#get()\", \"*\", \"\", ANY_HEADER, null, null, null);");
        assertThat(cors).contains("import static dev.preflight.runtime.PolicyTable.ANY_HEADER;");
        assertThat(cors).doesNotContain("CREDENTIALS");
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
                """)), "com.example.PreflightFeature");
        assertThat(policyRow(cors, "com.example.Auth#get()")).contains("ANY_HEADER, \"Authorization\", null,");
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
        assertThat(feature).doesNotContain("POST");
        assertThat(policyRow(feature, "com.example.Only#get()")).startsWith("policies.add(\"com.example.Only#get()\",");
        assertThat(feature).doesNotContain("#post(");
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
        // RESTEasy reports the interface that carries @Path as the resource class: listed under both
        assertThat(policyRow(feature, "com.example.impl.UserImpl#delete(long)"))
                .startsWith("policies.add(\"com.example.impl.UserImpl#list() #delete(long) "
                        + "com.example.api.UserApi#list() #delete(long)\",");
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
        assertThat(policyRow(feature, "com.example.Derived#get()")).startsWith("policies.add(\"com.example.Derived#get() "
                + "#put(java.lang.String) com.example.Base#get() #put(java.lang.String)\",");
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
        assertThat(policyRow(feature, "com.example.Slashes#one(java.lang.String)")).startsWith("policies.add(");
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
        // the binary name, as Class.getName() gives it at run time
        assertThat(policyRow(generated(compilation, "com.example.PreflightFeature"), "com.example.Outer$Inner#get()"))
                .startsWith("policies.add(\"com.example.Outer$Inner#get()\",");
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
        // equal policies of different resource classes share one row
        assertThat(policyRow(feature, "com.example.users.Users#get()"))
                .isEqualTo(policyRow(feature, "com.example.orders.v2.Orders#get()"));
        assertThat(rows(feature, "policies.add(")).hasSize(1);
        assertThat(compilation.generatedSourceFiles()).hasSize(1);
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
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, PROVIDERS)
                .contentsAsUtf8String().isEqualTo("x.y.PreflightFeature$ListedProvider\n");
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

    // --- sub-resource locators

    /**
     * Six levels, outermost first, each setting its own attribute and every attribute of the levels
     * inside it: what a target method ends up with shows which level won each attribute.
     */
    static JavaFileObject[] sixLevels() {
        return new JavaFileObject[] {
            resource("com.example.App", """
                    package com.example;

                    import dev.preflight.annotations.CrossOrigin;
                    import jakarta.ws.rs.ApplicationPath;
                    import jakarta.ws.rs.core.Application;

                    @ApplicationPath("api")
                    @CrossOrigin(origins = "https://app.example.com", originPatterns = "https://*.l1.example.com",
                                 allowedHeaders = "X-L1", exposedHeaders = "X-L1", maxAge = 1)
                    public class App extends Application {
                    }
                    """),
            resource("com.example.sub.package-info", """
                    @CrossOrigin(originPatterns = "https://*.l2.example.com", allowedHeaders = "X-L2",
                                 exposedHeaders = "X-L2", maxAge = 2)
                    package com.example.sub;

                    import dev.preflight.annotations.CrossOrigin;
                    """),
            resource("com.example.R", """
                    package com.example;

                    import com.example.sub.Sub;
                    import dev.preflight.annotations.CrossOrigin;
                    import jakarta.ws.rs.*;

                    @Path("r")
                    @CrossOrigin(allowedHeaders = "X-L3", exposedHeaders = "X-L3", maxAge = 3)
                    public class R {
                        @GET public String get() { return ""; }

                        @Path("sub/{id}")
                        @CrossOrigin(exposedHeaders = "X-L4", maxAge = 4)
                        public Sub sub(@PathParam("id") long id) { return new Sub(); }
                    }
                    """),
            resource("com.example.sub.Sub", """
                    package com.example.sub;

                    import dev.preflight.annotations.CrossOrigin;
                    import jakarta.ws.rs.*;

                    public class Sub {
                        @GET @CrossOrigin(allowCredentials = true, maxAge = 5) public String get() { return ""; }
                        @PUT @Path("x") public void put(String body) { }
                    }
                    """),
        };
    }

    @Test
    void aLocatorTargetsMethodsGetTheMergedPolicyOfEveryLevelOnTheWay() {
        Compilation compilation = compile(sixLevels());
        String feature = generated(compilation, "com.example.PreflightFeature");
        // application, package of the target, locator's class, locator, target method
        assertThat(policyRow(feature, "com.example.sub.Sub#get()")).isEqualTo("policies.add(\"com.example.sub.Sub#get()\", "
                + "\"https://app.example.com\", \"https://*.l2.example.com\", CREDENTIALS, \"X-L3\", \"X-L4\", \"5\");");
        assertThat(policyRow(feature, "com.example.sub.Sub#put(java.lang.String)")).isEqualTo(
                "policies.add(\"com.example.sub.Sub#put(java.lang.String)\", "
                + "\"https://app.example.com\", \"https://*.l2.example.com\", 0, \"X-L3\", \"X-L4\", \"4\");");
        // the locator's class itself: application, its package (none), class
        assertThat(policyRow(feature, "com.example.R#get()")).isEqualTo("policies.add(\"com.example.R#get()\", "
                + "\"https://app.example.com\", \"https://*.l1.example.com\", 0, \"X-L3\", \"X-L3\", \"3\");");
        assertThat(feature).doesNotContain("#sub(");
    }

    @Test
    void aLocatorTargetWithAClassPolicyOfItsOwnTakesNothingFromTheLocators() {
        JavaFileObject[] sources = sixLevels();
        sources[3] = resource("com.example.sub.Sub", """
                package com.example.sub;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @CrossOrigin(maxAge = 5)
                public class Sub {
                    @GET @CrossOrigin(allowCredentials = true) public String get() { return ""; }
                }
                """);
        String feature = generated(compile(sources), "com.example.PreflightFeature");
        // application, package of the target, target class, target method: as for a root resource
        assertThat(policyRow(feature, "com.example.sub.Sub#get()")).isEqualTo("policies.add(\"com.example.sub.Sub#get()\", "
                + "\"https://app.example.com\", \"https://*.l2.example.com\", CREDENTIALS, \"X-L2\", \"X-L2\", \"5\");");
    }

    @Test
    void aClassReachedThroughTwoLocatorsWithOnePolicyIsListedOnce() {
        Compilation compilation = compile(resource("com.example.R", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                public class R {
                    @CrossOrigin(origins = "https://app.example.com")
                    public static class Sub {
                        @GET public String get() { return ""; }
                    }

                    @Path("a") public Sub a() { return new Sub(); }
                    @Path("b") public Sub b() { return new Sub(); }
                }
                """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(rows(feature, "policies.add(")).containsExactly("policies.add(\"com.example.R$Sub#get()\", "
                + "\"https://app.example.com\", \"\", 0, null, null, \"1800\");");
    }

    @Test
    void locatorsAreFollowedThroughGenericSuperclassesAndNestedLocatorsAndStopAtACycle() {
        Compilation compilation = compile(
                resource("com.example.Base", """
                        package com.example;

                        import jakarta.ws.rs.*;

                        public abstract class Base<T> {
                            @Path("nodes") public abstract T root();
                        }
                        """),
                resource("com.example.Node", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        public class Node {
                            @GET public String get() { return ""; }
                            @Path("{child}") public Node child(@PathParam("child") String name) { return this; }
                            @Path("leaf") @CrossOrigin(maxAge = 60) public Leaf leaf() { return null; }
                        }
                        """),
                resource("com.example.Leaf", """
                        package com.example;

                        import jakarta.ws.rs.*;

                        public interface Leaf {
                            @DELETE void delete();
                        }
                        """),
                resource("com.example.R", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        @Path("r")
                        @CrossOrigin(origins = "https://app.example.com")
                        public class R extends Base<Node> {
                            @Override public Node root() { return new Node(); }
                        }
                        """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(policyRow(feature, "com.example.Node#get()")).isEqualTo("policies.add(\"com.example.Node#get()\", "
                + "\"https://app.example.com\", \"\", 0, null, null, \"1800\");");
        assertThat(policyRow(feature, "com.example.Leaf#delete()")).isEqualTo("policies.add(\"com.example.Leaf#delete()\", "
                + "\"https://app.example.com\", \"\", 0, null, null, \"60\");");
    }

    @Test
    void generatedCodeCompiles() {
        Compilation compilation = compile(Sources.userResource());
        assertThat(compilation).succeededWithoutWarnings();
        // javac compiled what the processor wrote: its class files are there
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "com/example/PreflightFeature.class");
    }
}
