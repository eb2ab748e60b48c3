package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.preflight.annotations.CrossOrigin;
import dev.preflight.runtime.PolicyTable;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An application module on the module path, as a modular application builds and runs it: javac compiles
 * its {@code module-info} and resource against {@code dev.preflight.runtime}, the annotations and
 * {@code jakarta.ws.rs} on the module path with Preflight's processor on the processor path, and a JVM of
 * its own runs it with those modules on the module path and Jersey on the class path. The runtime's
 * module exports only its API, so this is what proves the generated code and the runtime still meet:
 * a preflight answered, an allowed origin served, another refused, and no start-up warning.
 */
class ModulePathTest {
    private static final String APP = "https://app.example.com";

    private static final String MODULE_INFO = """
            module com.example.modular {
                requires dev.preflight.runtime;
                requires static dev.preflight.annotations;
                // the generated feature's @Generated (javax.annotation.processing, source retention)
                requires static java.compiler;
                // Jersey instantiates the resource and the generated feature by reflection
                exports com.example.modular;
            }
            """;

    private static final String RESOURCE = """
            package com.example.modular;

            import dev.preflight.annotations.CrossOrigin;
            import jakarta.ws.rs.*;

            @Path("greeting")
            @CrossOrigin(origins = "https://app.example.com", allowedHeaders = "Content-Type")
            public class GreetingResource {
                @GET
                public String get() {
                    return "hello";
                }

                @PUT
                @Consumes("application/json")
                public void put(String body) {
                }
            }
            """;

    @Test
    void anApplicationModuleGetsItsCors() throws Exception {
        Path work = Files.createTempDirectory("preflight-modular");
        Path sources = work.resolve("src");
        Files.createDirectories(sources.resolve("com/example/modular"));
        Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(sources.resolve("com/example/modular/GreetingResource.java"), RESOURCE);
        Path classes = work.resolve("classes");

        String modulePath = String.join(File.pathSeparator, location(PolicyTable.class),
                asModule(location(CrossOrigin.class), "dev.preflight.annotations", work),
                location(jakarta.ws.rs.Path.class));
        List<String> javac = List.of(tool("javac"), "-d", classes.toString(), "--module-path", modulePath,
                "-processorpath", System.getProperty("java.class.path"),
                sources.resolve("module-info.java").toString(),
                sources.resolve("com/example/modular/GreetingResource.java").toString());
        Process compile = new ProcessBuilder(javac).redirectErrorStream(true).start();
        String compiled = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(compile.waitFor(120, TimeUnit.SECONDS), compiled);
        assertEquals(0, compile.exitValue(), compiled);
        assertTrue(Files.isRegularFile(classes.resolve("com/example/modular/PreflightFeature.class")), compiled);

        List<String> run = List.of(tool("java"),
                "--module-path", classes + File.pathSeparator + modulePath,
                "--add-modules", "com.example.modular",
                "-cp", classPathWithout(modulePath),
                ModulePathServer.class.getName(), "com.example.modular.GreetingResource");
        Path log = work.resolve("server.log");
        Process server = new ProcessBuilder(run).redirectError(log.toFile()).start();
        try {
            URI base = baseOf(server, log);
            Http http = new Http(base);

            Http.Reply preflight = http.send("OPTIONS", "greeting", "Origin", APP,
                    "Access-Control-Request-Method", "PUT", "Access-Control-Request-Headers", "content-type");
            assertEquals(204, preflight.status(), preflight::toString);
            assertEquals(APP, preflight.header("Access-Control-Allow-Origin"));
            assertEquals("content-type", preflight.header("Access-Control-Allow-Headers").toLowerCase(Locale.ROOT));

            Http.Reply allowed = http.send("GET", "greeting", "Origin", APP);
            assertEquals(200, allowed.status());
            assertEquals("hello", allowed.body());
            assertEquals(APP, allowed.header("Access-Control-Allow-Origin"));

            Http.Reply refused = http.send("GET", "greeting", "Origin", "https://evil.example");
            assertEquals(403, refused.status());
            assertNull(refused.header("Access-Control-Allow-Origin"));
        } finally {
            stop(server);
        }
        String errors = Files.readString(log);
        assertFalse(errors.contains("CORS is OFF"), errors);
        assertFalse(errors.contains("Exception"), errors);
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** Where a class was loaded from: a jar, or within a reactor build that has not packaged yet, a classes directory. */
    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /**
     * The annotations as a module: their jar names its automatic module; a classes directory (a reactor
     * build before {@code package}) cannot be one, so it is jarred here with the same name.
     */
    private static String asModule(String location, String name, Path work) throws IOException {
        Path source = Path.of(location);
        if (!Files.isDirectory(source)) {
            return location;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), name);
        Path jar = work.resolve(name + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(source.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar.toString();
    }

    /** The test's class path without what is on the module path, so that no package is in two places. */
    private static String classPathWithout(String modulePath) {
        List<String> modules = List.of(modulePath.split(File.pathSeparator));
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!modules.contains(entry) && !entry.contains("preflight-runtime") && !entry.contains("runtime/target")
                    && !entry.contains("annotations")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static URI baseOf(Process server, Path log) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("BASE ")) {
                return URI.create(line.substring(5));
            }
        }
        throw new AssertionError("the server did not start: " + Files.readString(log));
    }

    private static void stop(Process server) throws IOException, InterruptedException {
        try (OutputStream in = server.getOutputStream()) {
            in.flush();
        }
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
