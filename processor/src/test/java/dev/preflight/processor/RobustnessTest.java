package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.preflight.processor.GenerationTest.compile;
import static dev.preflight.processor.GenerationTest.compileWithOptions;
import static dev.preflight.processor.GenerationTest.generated;
import static dev.preflight.processor.Sources.lineOf;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor never throws. Surprising but legal inputs compile or fail with
 * Preflight's own diagnostics; broken inputs fail with javac's; nothing ends in an internal error.
 */
class RobustnessTest {

    /** Compiles, and asserts that nothing threw and no diagnostic is an internal error. */
    private static Compilation compileSafely(JavaFileObject... sources) {
        return assertNoInternalError(compile(sources));
    }

    private static Compilation assertNoInternalError(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            assertThat(message).doesNotContain("internal error");
            assertThat(message).doesNotContain("Exception");
        }
        return compilation;
    }

    /** Every error is one of Preflight's. */
    private static void assertOnlyPreflightErrors(Compilation compilation) {
        assertThat(compilation).failed();
        for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
            assertThat(d.getMessage(Locale.ROOT)).startsWith("[preflight E");
        }
    }

    @Test
    void valuesFromConstants() {
        Compilation compilation = compileSafely(source("com.example.Constants", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path(Constants.PATH)
                @CrossOrigin(origins = {Constants.APP, Constants.SCHEME + "://admin.example.com"},
                             allowedHeaders = Constants.TOKEN,
                             maxAge = Constants.AGE * 2)
                public class Constants {
                    static final String PATH = "const";
                    static final String APP = "https://app.example.com";
                    static final String SCHEME = "https";
                    static final String TOKEN = "X-" + "Token";
                    static final int AGE = 300;

                    @GET public String get() { return ""; }
                }
                """));
        assertThat(GenerationTest.policyRow(generated(compilation, "com.example.PreflightFeature"), "com.example.Constants#get()")).isEqualTo(
                "policies.add(\"com.example.Constants#get()\", \"https://app.example.com https://admin.example.com\", "
                + "\"\", 0, \"X-Token\", null, \"600\");");
    }

    @Test
    void invalidValueFromAConstantIsReportedAtTheUse() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = {"https://app.example.com",
                                        R.BAD})
                public class R {
                    static final String BAD = "https://App.example.com";

                    @GET public String get() { return ""; }
                }
                """;
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compileSafely(file);
        assertOnlyPreflightErrors(compilation);
        assertThat(compilation).hadErrorContaining("[preflight E4]").inFile(file).onLine(lineOf(text, "R.BAD}"));
    }

    @Test
    void emptyArrays() {
        Compilation compilation = compileSafely(source("com.example.Empty", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("empty")
                @CrossOrigin(origins = "https://app.example.com", originPatterns = {}, allowedHeaders = {},
                             exposedHeaders = {}, methods = {})
                public class Empty {
                    @GET public String get() { return ""; }
                }
                """));
        assertThat(GenerationTest.rows(generated(compilation, "com.example.PreflightFeature"), "policies.add(").get(0)).endsWith(", 0, null, null, \"1800\");");
    }

    @Test
    void annotationWithNothingSet() {
        Compilation compilation = compileSafely(source("com.example.Bare", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("bare")
                @CrossOrigin
                public class Bare {
                    @GET public String get() { return ""; }
                }
                """));
        assertOnlyPreflightErrors(compilation);
        assertThat(compilation).hadErrorContaining("[preflight E0]");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void onAnEnum() {
        Compilation compilation = compileSafely(source("com.example.Color", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;

                @CrossOrigin(origins = "https://app.example.com")
                public enum Color {
                    RED, GREEN
                }
                """));
        assertOnlyPreflightErrors(compilation);
        assertThat(compilation).hadErrorContaining("[preflight E10]");
    }

    @Test
    void onAnEnumWithPath() {
        Compilation compilation = compileSafely(source("com.example.Color", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("color")
                @CrossOrigin(origins = "https://app.example.com")
                public enum Color {
                    RED;

                    @GET public String get() { return name(); }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void onARecord() {
        Compilation compilation = compileSafely(source("com.example.Rec", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("rec")
                @CrossOrigin(origins = "https://app.example.com")
                public record Rec(String name) {
                    @GET public String get() { return name; }
                }
                """));
        generated(compilation, "com.example.PreflightFeature");
    }

    @Test
    void onAnInterface() {
        Compilation compilation = compileSafely(source("com.example.Api", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("api")
                @CrossOrigin(origins = "https://app.example.com")
                public interface Api {
                    @GET String get();
                    @POST default void post(String body) { }
                    static Api create() { return () -> ""; }
                }
                """));
        // the default method is a resource method too; the static one is not
        assertThat(GenerationTest.rows(generated(compilation, "com.example.PreflightFeature"), "policies.add(").get(0))
                .startsWith("policies.add(\"com.example.Api#get() #post(java.lang.String)\",");
    }

    @Test
    void onAnInterfaceMethodWhoseInterfaceHasNoPath() {
        Compilation compilation = compileSafely(
                source("com.example.Api", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        public interface Api {
                            @GET
                            @CrossOrigin(origins = "https://app.example.com")
                            String get();
                        }
                        """),
                source("com.example.Impl", """
                        package com.example;

                        import jakarta.ws.rs.*;

                        @Path("impl")
                        public class Impl implements Api {
                            @Override public String get() { return ""; }
                        }
                        """));
        // the @Path class implementing the annotated interface is the resource, with the interface's policy
        assertThat(compilation).succeededWithoutWarnings();
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(GenerationTest.policyRow(feature, "com.example.Impl#get()")).contains("\"https://app.example.com\"");
    }

    @Test
    void classLevelPolicyOnAnInterfaceWithoutPathCoversItsResourceClasses() {
        Compilation compilation = compileSafely(
                source("com.example.Api", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        @CrossOrigin(origins = "https://app.example.com", maxAge = 60)
                        public interface Api {
                            @GET String get();
                        }
                        """),
                source("com.example.Impl", """
                        package com.example;

                        import jakarta.ws.rs.*;

                        public class Impl {
                            @Path("nested")
                            public static class Nested implements Api {
                                @Override public String get() { return ""; }
                            }
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(GenerationTest.policyRow(feature, "com.example.Impl$Nested#get()")).endsWith("\"60\");");
    }

    @Test
    void onAnAbstractClass() {
        Compilation compilation = compileSafely(source("com.example.Abstract", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("abstract")
                @CrossOrigin(origins = "https://app.example.com")
                public abstract class Abstract {
                    @GET public abstract String get();
                    @POST public void post(String body) { }
                }
                """));
        generated(compilation, "com.example.PreflightFeature");
    }

    @Test
    void onAGenericClass() {
        Compilation compilation = compileSafely(source("com.example.Repo", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;
                import java.util.List;
                import java.util.Map;

                @Path("repo")
                @CrossOrigin(origins = "https://app.example.com")
                public class Repo<T extends Number, U> {
                    @POST public void add(T item) { }
                    @PUT public void put(U item, List<? extends T> more, Map<String, List<U>> map) { }
                    @PATCH public <V extends CharSequence> void patch(V value, String... rest) { }
                    @DELETE public void delete(int[] ids, T[] items) { }
                }
                """));
        // erased parameter types, as Method.getParameterTypes() reports them at run time
        assertThat(GenerationTest.rows(generated(compilation, "com.example.PreflightFeature"), "policies.add(").get(0)).startsWith("policies.add(\""
                + "com.example.Repo#add(java.lang.Number) #put(java.lang.Object,java.util.List,java.util.Map) "
                + "#patch(java.lang.CharSequence,java.lang.String[]) #delete(int[],java.lang.Number[])\",");
    }

    @Test
    void typeUseAnnotationOnAParameter() {
        Compilation compilation = compileSafely(
                source("com.example.NotBlank", """
                        package com.example;

                        import java.lang.annotation.ElementType;
                        import java.lang.annotation.Target;

                        @Target(ElementType.TYPE_USE)
                        public @interface NotBlank {
                        }
                        """),
                source("com.example.Typed", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;
                        import java.util.List;

                        @Path("typed")
                        @CrossOrigin(origins = "https://app.example.com")
                        public class Typed {
                            @POST public void post(@NotBlank String body, List<@NotBlank String> more) { }
                        }
                        """));
        generated(compilation, "com.example.PreflightFeature");
    }

    @Test
    void onNestedClasses() {
        Compilation compilation = compileSafely(source("com.example.Outer", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                public class Outer {
                    @Path("a")
                    @CrossOrigin(origins = "https://app.example.com")
                    public static class A {
                        @GET public String get() { return ""; }

                        @Path("b")
                        @CrossOrigin(origins = "https://admin.example.com")
                        public static class B {
                            @GET public String get() { return ""; }
                            @PUT public void put(A a, B b) { }
                        }
                    }
                }
                """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(GenerationTest.policyRow(feature, "com.example.Outer$A#get()")).contains("\"https://app.example.com\"");
        assertThat(GenerationTest.policyRow(feature, "com.example.Outer$A$B#put(com.example.Outer$A,com.example.Outer$A$B)"))
                .startsWith("policies.add(\"com.example.Outer$A$B#get() "
                        + "#put(com.example.Outer$A,com.example.Outer$A$B)\", \"https://admin.example.com\"");
    }

    @Test
    void inTheUnnamedPackage() {
        Compilation compilation = compileSafely(source("Root", """
                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("root")
                @CrossOrigin(origins = "https://app.example.com")
                public class Root {
                    @GET public String get() { return ""; }
                }
                """));
        GenerationTest.policyRow(generated(compilation, "PreflightFeature"), "Root#get()");
    }

    @Test
    void malformedPathTemplate() {
        String text = """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    @GET @Path("{id") public String get() { return ""; }
                    @PUT @Path("{id: [0-9+}") public void put(String body) { }
                }
                """;
        JavaFileObject file = source("com.example.R", text);
        Compilation compilation = compileSafely(file);
        assertOnlyPreflightErrors(compilation);
        assertThat(compilation).hadErrorContaining("[preflight E10] @CrossOrigin applies to get, whose @Path "
                + "cannot be matched: path template \"r/{id\" has an unclosed {").inFile(file)
                .onLine(lineOf(text, "public String get()"));
        assertThat(compilation).hadErrorContaining("[preflight E10] @CrossOrigin applies to put").inFile(file)
                .onLine(lineOf(text, "public void put("));
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void overloadsAndOverrides() {
        Compilation compilation = compileSafely(
                source("com.example.Base", """
                        package com.example;

                        import jakarta.ws.rs.*;

                        public abstract class Base {
                            @GET @Path("{id}") public abstract String get(@PathParam("id") String id);
                        }
                        """),
                source("com.example.Over", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        @Path("over")
                        @CrossOrigin(origins = "https://app.example.com")
                        public class Over extends Base {
                            @Override public String get(String id) { return id; }
                            public String get(int id) { return ""; }
                            @POST public void get(long id, String body) { }
                        }
                        """));
        String feature = generated(compilation, "com.example.PreflightFeature");
        assertThat(GenerationTest.policyRow(feature, "com.example.Over#get(java.lang.String)"))
                .contains(" #get(long,java.lang.String)");
        assertThat(feature).doesNotContain("get(int)");
    }

    @Test
    void unusualSignaturesAndSuppressions() {
        Compilation compilation = compileSafely(source("com.example.Odd", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;
                import java.util.List;

                @SuppressWarnings({})
                @Path("odd")
                @Consumes({})
                @CrossOrigin(origins = "https://app.example.com", allowedHeaders = {Odd.HEADER, "X-Rec"},
                             methods = {})
                public class Odd<T> {
                    static final String HEADER = "X-" + "Odd";
                    static final String CORS = "co" + "rs";

                    public record Rec(@HeaderParam("X-Rec") String value) {
                    }

                    public enum Mode { A, B }

                    @HeaderParam(HEADER) String fromConstant;

                    @GET public String get(@BeanParam T generic, @BeanParam int primitive, @BeanParam String[] array,
                            @BeanParam Rec rec, @BeanParam List<String> list, @BeanParam Mode mode) { return ""; }

                    @SuppressWarnings(CORS)
                    @PUT @Consumes({"", " , ", "application/json;", "bogus"}) public void put(String body) { }

                    @POST @Consumes("*") public void post(@HeaderParam("") String empty) { }
                }
                """));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("com.example.PreflightFeature").isNotNull();
    }

    @Test
    void javacErrorsInSignatures() {
        Compilation compilation = compileSafely(source("com.example.Broken", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @SuppressWarnings(Missing.KEY)
                @Path("broken")
                @Consumes(Missing.TYPE)
                @CrossOrigin(origins = "https://app.example.com")
                public class Broken {
                    @HeaderParam(Missing.NAME) String header;
                    @GET public String get(@BeanParam Unknown bean, @HeaderParam() String none) { return ""; }
                    @OPTIONS @Path(Missing.PATH) public String options() { return ""; }
                }
                """));
        assertThat(compilation).failed();
    }

    @Test
    void javacErrorsInTheSource() {
        Compilation compilation = compileSafely(source("com.example.Broken", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("broken")
                @CrossOrigin(origins = Missing.ORIGIN, unknown = "x", maxAge = "soon")
                public class Broken {
                    @GET public Unknown get() { return null; }
                }
                """));
        assertThat(compilation).failed();
    }

    @Test
    void invalidFeaturePackageOption() {
        Compilation compilation = assertNoInternalError(compileWithOptions(
                new Object[] {"-Apreflight.featurePackage=not a package"}, source("com.example.R", """
                        package com.example;

                        import dev.preflight.annotations.CrossOrigin;
                        import jakarta.ws.rs.*;

                        @Path("r")
                        @CrossOrigin(origins = "https://app.example.com")
                        public class R {
                            @GET public String get() { return ""; }
                        }
                        """)));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[preflight] option -Apreflight.featurePackage=not a package "
                + "is not a package name");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void manyDistinctPoliciesOnOnePath() {
        StringBuilder methods = new StringBuilder();
        String[] verbs = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"};
        for (int i = 0; i < verbs.length; i++) {
            methods.append("    @").append(verbs[i]).append(" @CrossOrigin(origins = \"https://a").append(i)
                    .append(".example.com\") public void m").append(i).append("() { }\n");
        }
        Compilation compilation = compileSafely(source("com.example.Many", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("many")
                public class Many {
                %s}
                """.formatted(methods)));
        generated(compilation, "com.example.PreflightFeature");
    }
    @Test
    void locatorsThatReturnWhatNoResourceIs() {
        Compilation compilation = assertNoInternalError(javacAllowingWarnings(source("com.example.R", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    @GET public String get() { return ""; }
                    @Path("int") public int primitive() { return 0; }
                    @Path("void") public void nothing() { }
                    @Path("array") public R[] array() { return null; }
                    @Path("enum") public java.util.concurrent.TimeUnit unit() { return null; }
                    @Path("wildcard") public java.util.List<? extends R> list() { return null; }
                    @Path("self") public R self() { return this; }
                }
                """)));
        assertThat(compilation).succeeded();
        for (Diagnostic<? extends JavaFileObject> d : compilation.warnings()) {
            assertThat(d.getMessage(Locale.ROOT)).startsWith("[preflight W9]");
        }
        // int, void, array, enum, List: uncovered; self: R again, one level down
        assertThat(compilation.warnings()).hasSize(5);
    }

    @Test
    void aLocatorReturningAMissingTypeLeavesTheErrorToJavac() {
        Compilation compilation = compileSafely(source("com.example.R", """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    @GET public String get() { return ""; }
                    @Path("missing") public Missing missing() { return null; }
                }
                """));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
            assertThat(d.getMessage(Locale.ROOT)).doesNotContain("[preflight");
        }
    }

    @Test
    void locatorsThatReachExponentiallyManyPathsStopAtABudget() {
        StringBuilder text = new StringBuilder("""
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("r")
                @CrossOrigin(origins = "https://app.example.com")
                public class R {
                    @GET public String get() { return ""; }
                    @Path("a") public L0 a() { return null; }
                    @Path("b") public L0 b() { return null; }
                """);
        for (int level = 0; level < 16; level++) {
            text.append("    public static class L").append(level).append(" {\n")
                    .append("        @GET public String get() { return \"\"; }\n");
            if (level < 15) {
                text.append("        @Path(\"a\") public L").append(level + 1).append(" a() { return null; }\n")
                        .append("        @Path(\"b\") public L").append(level + 1).append(" b() { return null; }\n");
            }
            text.append("    }\n");
        }
        text.append("}\n");
        long start = System.nanoTime();
        Compilation compilation = assertNoInternalError(javacAllowingWarnings(source("com.example.R", text.toString())));
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[preflight W9] sub-resource locator");
        assertThat(compilation).hadWarningContaining("sub-resource classes Preflight follows in one compilation");
        assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
    }

    private static Compilation javacAllowingWarnings(JavaFileObject source) {
        return com.google.testing.compile.Compiler.javac().withProcessors(new PreflightProcessor())
                .withOptions("-Xlint:all,-processing").compile(source);
    }
}
