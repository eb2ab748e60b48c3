package dev.preflight.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random {@code @CrossOrigin} attribute values (valid ones, near misses, any Unicode,
 * controls, strings that mean something to JavaPoet, javadoc or a Java string literal, huge arrays)
 * compiled with the real processor, many resource classes per compilation. Each class either
 * compiles, and then its generated code compiles too, or gets a Preflight error on its annotation;
 * the processor never throws and never writes code that does not compile.
 *
 * <p>A compilation with an error writes nothing, so the classes without errors are compiled again
 * on their own, and must then succeed. {@code -Dpreflight.seed} replays a run.
 */
class RandomAttributeTest {
    /** Fixed by default so that builds repeat; {@code -Dpreflight.seed=random} explores. */
    private static final long SEED = System.getProperty("preflight.seed", "20261123").equals("random")
            ? new Random().nextLong() : Long.parseLong(System.getProperty("preflight.seed", "20261123"));
    private static final int CLASSES = 2000;
    private static final int PER_COMPILATION = 100;
    private static final Pattern CLASS_NUMBER = Pattern.compile("R(\\d+)\\.java");

    private final Random random = new Random(SEED);
    private int values;
    /** The weight of hostile values in the class being generated. */
    private int hostileWeight;

    @Test
    void everyRandomPolicyCompilesOrFailsOnItsAnnotation() {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int first = 0; first < CLASSES; first += PER_COMPILATION) {
            Map<Integer, Resource> batch = new TreeMap<>();
            for (int i = first; i < first + PER_COMPILATION; i++) {
                batch.put(i, resource(i));
            }
            for (int round = 1; !batch.isEmpty(); round++) {
                Compilation compilation = compile(batch.values());
                TreeSet<Integer> refused = refusedClasses(compilation, batch);
                if (refused.isEmpty()) {
                    assertSucceeded(compilation, batch);
                    break;
                }
                assertTrue(round == 1, "new errors once others were fixed (seed " + SEED + "): " + refused);
                outcomes.merge("refused", refused.size(), Integer::sum);
                refused.forEach(batch::remove);
            }
            outcomes.merge("compiled", batch.size(), Integer::sum);
        }
        System.out.println("RandomAttributeTest: " + CLASSES + " classes, " + values + " attribute values, " + outcomes
                + ", seed " + SEED);
        assertTrue(outcomes.getOrDefault("compiled", 0) > CLASSES / 10, "too few valid policies to test generation");
        assertTrue(outcomes.getOrDefault("refused", 0) > CLASSES / 10, "too few invalid policies to test validation");
    }

    /**
     * Found by the test above before E7 was complete: {@code methods = "get"} (methods compare
     * case-sensitively) on a GET resource compiled without a word and generated no CORS at all.
     */
    @Test
    void methodsThatNoResourceMethodImplementsAreAnError() {
        Compilation compilation = compile(List.of(
                resource(0, "methods = {\"get\"},\n        origins = {\"https://app.example.com\"}", List.of("get"))));
        assertEquals(Compilation.Status.FAILURE, compilation.status(), () -> "compiled, generating "
                + compilation.generatedSourceFiles().stream().map(JavaFileObject::getName).toList());
        assertTrue(compilation.errors().stream().anyMatch(d -> d.getMessage(Locale.ROOT).startsWith("[preflight E7]")),
                () -> compilation.diagnostics().toString());
    }

    /**
     * A generated resource class, the lines its {@code @CrossOrigin} spans, and the {@code methods}
     * it lists ({@code null} when it has no such attribute).
     */
    private record Resource(int number, JavaFileObject source, String text, int annotationLine, int classLine,
            List<String> methods) {
    }

    private static Compilation compile(Iterable<Resource> resources) {
        List<JavaFileObject> sources = new ArrayList<>();
        resources.forEach(r -> sources.add(r.source()));
        // javac reports 100 errors and 100 warnings unless told otherwise; a batch has more
        return javac().withProcessors(new PreflightProcessor())
                .withOptions("-Xlint:all,-processing", "-Xmaxerrs", "100000", "-Xmaxwarns", "100000").compile(sources);
    }

    /**
     * The classes with an error, after checking that every error is Preflight's, on a class of the
     * batch, between its {@code @CrossOrigin} and its declaration, and that nothing is an internal error.
     */
    private TreeSet<Integer> refusedClasses(Compilation compilation, Map<Integer, Resource> batch) {
        TreeSet<Integer> refused = new TreeSet<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            if (message.contains("internal error") || message.contains("Exception")) {
                fail("seed " + SEED + ": " + d);
            }
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Resource resource = resourceOf(d, batch);
                assertTrue(message.startsWith("[preflight E"), () -> "not a Preflight error: " + d + "\n" + resource.text());
                assertTrue(d.getLineNumber() >= resource.annotationLine() && d.getLineNumber() <= resource.classLine(),
                        () -> "an error off the annotation: " + d + "\n" + resource.text());
                refused.add(resource.number());
            } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                resourceOf(d, batch);
            }
        }
        return refused;
    }

    /** The batch's class a diagnostic is on; fails for one on generated code or on no source. */
    private static Resource resourceOf(Diagnostic<? extends JavaFileObject> d, Map<Integer, Resource> batch) {
        String source = d.getSource() == null ? "" : d.getSource().getName();
        Matcher m = CLASS_NUMBER.matcher(source);
        Resource resource = m.find() ? batch.get(Integer.parseInt(m.group(1))) : null;
        if (resource == null || source.contains("PreflightFeature")) {
            fail("seed " + SEED + ": a diagnostic on no class of the batch (generated code?): " + d);
        }
        return resource;
    }

    private void assertSucceeded(Compilation compilation, Map<Integer, Resource> batch) {
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> "seed " + SEED + ": " + compilation.errors());
        if (batch.isEmpty()) {
            return;
        }
        String feature;
        try {
            feature = compilation.generatedSourceFile("gen.PreflightFeature").orElseThrow().getCharContent(true).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Resource resource : batch.values()) {
            assertTrue(feature.contains("gen.R" + resource.number() + "#"), () -> "nothing generated for\n" + resource.text());
        }
    }

    // ---- random resources

    private Resource resource(int number) {
        // most classes draw from plausible values, so that generation is exercised as much as validation
        hostileWeight = random.nextInt(3) == 0 ? 3 : 0;
        List<String> attributes = new ArrayList<>();
        if (random.nextInt(5) > 0) {
            attributes.add((random.nextInt(6) == 0 ? "value" : "origins") + " = " + array(this::origin));
        }
        if (random.nextInt(3) == 0) {
            attributes.add("originPatterns = " + array(this::pattern));
        }
        if (random.nextInt(2) == 0) {
            attributes.add("allowedHeaders = " + array(this::headerName));
        }
        if (random.nextInt(3) == 0) {
            attributes.add("exposedHeaders = " + array(this::headerName));
        }
        List<String> methods = null;
        if (random.nextInt(4) == 0) {
            methods = new ArrayList<>();
            attributes.add("methods = " + array(methods, this::method));
        }
        if (random.nextInt(4) == 0) {
            attributes.add("allowCredentials = " + random.nextBoolean());
        }
        if (random.nextInt(4) == 0) {
            long[] ages = {-2, -1, 0, 1, 600, 7200, 7201, 86400, Long.MAX_VALUE, Long.MIN_VALUE, random.nextLong()};
            attributes.add("maxAge = " + ages[random.nextInt(ages.length)] + "L");
            values++;
        }
        if (random.nextInt(6) == 0) {
            attributes.add("allowPrivateNetwork = " + random.nextBoolean());
        }
        Collections.shuffle(attributes, random);
        return resource(number, String.join(",\n        ", attributes), methods);
    }

    private static Resource resource(int number, String attributes, List<String> methods) {
        String text = "package gen;\n\n"
                + "import dev.preflight.annotations.CrossOrigin;\n"
                + "import jakarta.ws.rs.*;\n\n"
                + "@Path(\"r" + number + "\")\n"
                + "@CrossOrigin(\n        " + attributes + ")\n"
                + "public class R" + number + " {\n"
                + "    @GET public String get() { return \"\"; }\n"
                + "    @PUT @Path(\"x\") public String put(String body) { return body; }\n"
                + "    @DELETE @Path(\"x\") public void delete() { }\n"
                + "}\n";
        int annotationLine = Sources.lineOf(text, "@CrossOrigin(");
        int classLine = Sources.lineOf(text, "public class R");
        return new Resource(number, JavaFileObjects.forSourceString("gen.R" + number, text), text, annotationLine, classLine,
                methods);
    }

    private String array(Supplier<String> element) {
        return array(new ArrayList<>(), element);
    }

    /** {@code {"a", "b"}}: usually a few elements, sometimes none, sometimes thousands; kept in {@code elements}. */
    private String array(List<String> elements, Supplier<String> element) {
        int roll = random.nextInt(100);
        int n = roll < 3 ? 0 : roll == 3 ? 500 + random.nextInt(1500) : 1 + random.nextInt(roll < 80 ? 2 : 6);
        List<String> literals = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            elements.add(element.get());
            literals.add(literal(elements.get(i)));
        }
        values += n;
        // one element a line: javac prints the line of each diagnostic, and a huge array has many
        return "{" + String.join(",\n            ", literals) + "}";
    }

    private String origin() {
        return pick(12, () -> oneOf("https://app.example.com", "http://localhost:3000", "*", "https://[::1]:8443",
                        "https://xn--bcher-kva.example", "http://127.0.0.1:8080", "web+app://host", "https://a-b.c.d.e.f"),
                1, () -> oneOf("null", "https://app.example.com/", "HTTPS://app.example.com", "https://app.example.com:443",
                        "https://app.example.com.", "app.example.com", "https://user@app.example.com", "https://*.example.com",
                        "https://b\u00fccher.example", "https://app.example.com:99999", "https://", "https://[::1",
                        "https://app.example.com\n", " https://app.example.com"),
                1, () -> "https://" + token(1 + random.nextInt(20)).toLowerCase(Locale.ROOT) + ".example.com",
                hostileWeight, this::hostile);
    }

    private String pattern() {
        return pick(12, () -> oneOf("https://*.example.com", "http://localhost:[*]", "https://*.example.com:[8080,8443]",
                        "https://*.a.b.example.com:9000", "http://127.0.0.1:[*]"),
                1, () -> oneOf("https://*.com", "https://*.co.uk", "https://a.*.example.com", "https://**.example.com",
                        "*", "https://*", "https://*.example.com:[80]", "https://*.example.com:[]", "https://*.example.com:[8080",
                        "https://*.example.com:[0,65536]", "HTTPS://*.example.com", "https://*.", "https://*.example.com/"),
                hostileWeight, this::hostile);
    }

    private String headerName() {
        return pick(6, () -> oneOf("Content-Type", "Authorization", "X-Total-Count", "*", "Set-Cookie", "Cookie", "Sec-Fetch-Mode",
                        "content-type", "Cache-Control"),
                4, () -> token(1 + random.nextInt(random.nextInt(10) == 0 ? 300 : 20)),
                hostileWeight, this::hostile);
    }

    private String method() {
        return pick(8, () -> oneOf("GET", "PUT", "DELETE", "POST", "OPTIONS", "HEAD", "*", "get", "PATCH"),
                1, () -> token(1 + random.nextInt(10)),
                hostileWeight, this::hostile);
    }

    /** RFC 9110 token characters, the ones that mean something elsewhere ($, `, ', %, *) included. */
    private String token(int length) {
        String tchars = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(tchars.charAt(random.nextInt(tchars.length())));
        }
        return s.toString();
    }

    /** Strings that break code generators: any Unicode, controls, comment and format syntax, huge. */
    private String hostile() {
        return pick(3, () -> oneOf("", " ", "*/", "/*", "$L", "$S", "$$", "$T", "%s", "%n", "{@code", "<script>", "\\", "\"",
                        "\\u000a", "\u2028", "\u0000", "\ud800", "\udfff", "\ud83d\ude00", "a\u0000b", "\r\n", "}", "\");",
                        "https://a.example.com\"); System.exit(1); //", "https://a.com*/ class X {} /*"),
                3, () -> randomChars(1 + random.nextInt(30)),
                1, () -> randomChars(5000 + random.nextInt(15000)));
    }

    private String randomChars(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return s.toString();
    }

    private String oneOf(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String pick(int w1, Supplier<String> v1, int w2, Supplier<String> v2, int w3, Supplier<String> v3) {
        return pick(w1, v1, w2, v2, w3, v3, 0, () -> "");
    }

    /** One of the values, chosen with the weight before it; a weight may be 0. */
    private String pick(int w1, Supplier<String> v1, int w2, Supplier<String> v2, int w3, Supplier<String> v3,
            int w4, Supplier<String> v4) {
        int roll = random.nextInt(w1 + w2 + w3 + w4);
        return (roll < w1 ? v1 : roll < w1 + w2 ? v2 : roll < w1 + w2 + w3 ? v3 : v4).get();
    }

    /**
     * A Java string literal for any string, in ASCII: quote, backslash and controls as octal escapes,
     * everything else beyond ASCII as Unicode escapes. Never a doubled backslash: javac 17 misreads a
     * backslash escape between a lone-surrogate Unicode escape and another Unicode escape.
     */
    static String literal(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
            } else if (c > 0x7e) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
