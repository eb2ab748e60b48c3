package dev.preflight.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.preflight.annotations.CrossOrigin;
import dev.preflight.runtime.PolicyTable;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The processor jar as users get it, run by the build after {@code package} (never by the unit tests,
 * which see the classes before shading): JavaPoet, Guava and ICU4J inside, relocated, and nothing else
 * of anyone else's; and a real javac, in a process of its own, running it from the processor path with
 * only the annotations and the runtime beside it, so that each relocated library really works there
 * (ICU4J's IDNA with its relocated data files, Guava's Public Suffix List, JavaPoet writing the feature).
 */
class ShadedJarTest {
    private static final String SHADED = "dev/preflight/processor/shaded/";

    private static File processorJar() {
        String path = System.getProperty("preflight.processorJar");
        // set by the build's shaded-jar execution, after package; a run of the unit tests has no jar yet
        assumeTrue(path != null, "no packaged processor jar named");
        File jar = new File(path);
        assertTrue(jar.isFile(), jar + " is not packaged");
        return jar;
    }

    @Test
    void carriesOnlyPreflightClassesAndRelocatedLibraries() throws IOException {
        List<String> foreign = new ArrayList<>();
        boolean icuData = false;
        boolean publicSuffixes = false;
        try (JarFile jar = new JarFile(processorJar())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("META-INF/")) {
                    continue;
                }
                icuData |= name.startsWith(SHADED + "com/ibm/icu/impl/data/");
                publicSuffixes |= name.startsWith(SHADED + "com/google/thirdparty/publicsuffix/");
                boolean own = name.startsWith("dev/preflight/processor/");
                if (!own || name.startsWith("dev/preflight/processor/shaded/") && !name.startsWith(SHADED + "com/")) {
                    foreign.add(name);
                }
            }
            assertEquals(List.of(), foreign.subList(0, Math.min(20, foreign.size())),
                    "entries outside dev/preflight/processor, or shaded ones not relocated ("
                            + foreign.size() + " in all): the annotations and the runtime are jars of their own, "
                            + "and every third-party class must be relocated");
            assertTrue(icuData, "ICU4J's data files are relocated with its classes");
            assertTrue(publicSuffixes, "Guava's Public Suffix List is relocated with it");
            // in this order: the claiming processor runs after the one that reads the annotations
            assertEquals("dev.preflight.processor.PreflightProcessor\ndev.preflight.processor.PreflightProcessorClaims",
                    String.join("\n", lines(jar, "META-INF/services/javax.annotation.processing.Processor")));
            assertFalse(lines(jar, "META-INF/gradle/incremental.annotation.processors").isEmpty(),
                    "Gradle's incremental processing declaration is kept");
        }
    }

    private static List<String> lines(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertNotNull(entry, name);
        try (InputStream in = jar.getInputStream(entry)) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }

    @Test
    void javacRunsItFromTheProcessorPath() throws Exception {
        File dir = Files.createTempDirectory("preflight-shaded").toFile();
        File sources = new File(dir, "src/com/example");
        assertTrue(sources.mkdirs());
        Files.writeString(new File(sources, "Good.java").toPath(), """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("good")
                @CrossOrigin(origins = "https://xn--fa-hia.de", originPatterns = "https://*.example.co.uk")
                public class Good {
                    @GET public String get() { return ""; }
                }
                """);
        Result good = javac(dir, new File(sources, "Good.java"));
        assertEquals(0, good.exitCode, good.output);
        assertTrue(new File(dir, "out/com/example/PreflightFeature.class").isFile(), good.output);

        Files.writeString(new File(sources, "Bad.java").toPath(), """
                package com.example;

                import dev.preflight.annotations.CrossOrigin;
                import jakarta.ws.rs.*;

                @Path("bad")
                @CrossOrigin(origins = "https://faß.de", originPatterns = "https://*.co.uk")
                public class Bad {
                    @GET public String get() { return ""; }
                }
                """);
        Result bad = javac(dir, new File(sources, "Bad.java"));
        assertEquals(1, bad.exitCode, bad.output);
        // ICU4J's UTS #46, with its data files found under their relocated path
        assertTrue(bad.output.contains("https://xn--fa-hia.de"), bad.output);
        // Guava's Public Suffix List
        assertTrue(bad.output.contains("\"co.uk\", a public suffix"), bad.output);
        assertFalse(bad.output.contains("Exception"), bad.output);
    }

    private record Result(int exitCode, String output) {
    }

    /** A user's build: the processor jar with its two dependencies on the processor path, nothing of it on the classpath. */
    private static Result javac(File dir, File source) throws IOException, InterruptedException, URISyntaxException {
        String processorPath = String.join(File.pathSeparator, processorJar().getPath(), jarOf(CrossOrigin.class),
                jarOf(PolicyTable.class));
        String classpath = String.join(File.pathSeparator, jarOf(CrossOrigin.class), jarOf(PolicyTable.class),
                jarOf(Path.class));
        File javac = new File(System.getProperty("java.home"), "bin/javac");
        Process process = new ProcessBuilder(javac.getPath(), "-processorpath", processorPath,
                "-classpath", classpath, "-d", new File(dir, "out").getPath(), "-encoding", "UTF-8", source.getPath())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        return new Result(process.exitValue(), output);
    }

    /** The jar (or, within a reactor build, the classes directory) a class was loaded from. */
    private static String jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }
}
