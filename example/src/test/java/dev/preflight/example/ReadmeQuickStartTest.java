package dev.preflight.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The README's Quick start, read from README.md so that it cannot drift from this build: its Maven
 * snippet must name this build's modules, version and compiler configuration, its Gradle snippet the
 * same coordinates, and its Java snippet must compile, with the processor on the processor path only,
 * into a class and a generated {@code PreflightFeature}.
 */
class ReadmeQuickStartTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path project;

    private static String quickStart() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Quick start");
        int end = readme.indexOf("\n## ", start + 1);
        assertTrue(start >= 0 && end > start, "README.md has a Quick start section");
        return readme.substring(start, end);
    }

    /** The only fenced block of the language in the text, with the list item's indentation removed. */
    private static String snippet(String text, String language) {
        Matcher m = Pattern.compile("(?m)^( *)```" + language + "\n(.*?)^\\1```$", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "a ```" + language + " block");
        String indent = m.group(1);
        String block = m.group(2);
        assertTrue(!m.find(), "only one ```" + language + " block");
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            out.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
        }
        return out.toString();
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().strip();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getElementsByTagName(name);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    /** This build: its version, its modules' artifactIds, and its compiler plugin's version and release. */
    private record Build(String version, Set<String> artifactIds, String compilerPlugin, String release) {
        static Build read() throws Exception {
            Element root = xml(Files.readString(ROOT.resolve("pom.xml"))).getDocumentElement();
            Set<String> artifactIds = new TreeSet<>();
            for (Element module : children(child(root, "modules"), "module")) {
                Element pom = xml(Files.readString(ROOT.resolve(module.getTextContent().strip()).resolve("pom.xml")))
                        .getDocumentElement();
                artifactIds.add(text(pom, "artifactId"));
            }
            String compilerPlugin = null;
            for (Element plugin : children(child(child(root, "build"), "pluginManagement"), "plugin")) {
                if (text(plugin, "artifactId").equals("maven-compiler-plugin")) {
                    compilerPlugin = text(plugin, "version");
                }
            }
            return new Build(text(root, "version"), artifactIds, compilerPlugin,
                    text(child(root, "properties"), "maven.compiler.release"));
        }
    }

    @Test
    void theMavenSnippetIsThisBuildsConfiguration() throws Exception {
        Build build = Build.read();
        Element pom = xml("<project>" + snippet(quickStart(), "xml") + "</project>").getDocumentElement();

        List<String> dependencies = new ArrayList<>();
        for (Element dependency : children(child(pom, "dependencies"), "dependency")) {
            assertEquals("dev.preflight", text(dependency, "groupId"));
            assertTrue(build.artifactIds().contains(text(dependency, "artifactId")), text(dependency, "artifactId"));
            assertEquals(build.version(), text(dependency, "version"));
            dependencies.add(text(dependency, "artifactId"));
        }
        assertEquals(List.of("preflight-annotations", "preflight-runtime"), dependencies);

        List<Element> plugins = children(child(child(pom, "build"), "plugins"), "plugin");
        assertEquals(1, plugins.size());
        Element compiler = plugins.get(0);
        assertEquals("org.apache.maven.plugins", text(compiler, "groupId"));
        assertEquals("maven-compiler-plugin", text(compiler, "artifactId"));
        // pinned, and one that honours annotationProcessorPaths (3.5 and later): this build's
        String version = text(compiler, "version");
        assertEquals(build.compilerPlugin(), version);
        String[] parts = version.split("\\.");
        assertTrue(Integer.parseInt(parts[0]) > 3 || Integer.parseInt(parts[0]) == 3 && Integer.parseInt(parts[1]) >= 5,
                version);
        Element configuration = child(compiler, "configuration");
        assertEquals(build.release(), text(configuration, "release"));
        List<Element> paths = children(child(configuration, "annotationProcessorPaths"), "path");
        assertEquals(1, paths.size());
        assertEquals("dev.preflight", text(paths.get(0), "groupId"));
        assertEquals("preflight-processor", text(paths.get(0), "artifactId"));
        assertTrue(build.artifactIds().contains("preflight-processor"));
        assertEquals(build.version(), text(paths.get(0), "version"));
    }

    @Test
    void theGradleSnippetNamesTheSameCoordinates() throws Exception {
        Build build = Build.read();
        String gradle = snippet(quickStart(), "kotlin");
        List<String> declared = new ArrayList<>();
        Matcher m = Pattern.compile("(\\w+)\\(\"dev\\.preflight:([\\w-]+):([^\"]+)\"\\)").matcher(gradle);
        while (m.find()) {
            assertTrue(build.artifactIds().contains(m.group(2)), m.group(2));
            assertEquals(build.version(), m.group(3));
            declared.add(m.group(1) + " " + m.group(2));
        }
        assertEquals(List.of("implementation preflight-annotations", "implementation preflight-runtime",
                "annotationProcessor preflight-processor"), declared);
    }

    @Test
    void theJavaSnippetCompilesAndGeneratesTheFeature() throws Exception {
        String java = snippet(quickStart(), "java");
        Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+);").matcher(java);
        assertTrue(pkg.find(), "the snippet names its package");
        Matcher type = Pattern.compile("(?m)^public class (\\w+)").matcher(java);
        assertTrue(type.find(), "the snippet declares a public class");
        Path sources = Files.createDirectories(project.resolve("src/main/java")
                .resolve(pkg.group(1).replace('.', '/')));
        Path resource = Files.writeString(sources.resolve(type.group(1) + ".java"), java);
        // "User is your own class"
        Path user = Files.writeString(sources.resolve("User.java"),
                "package " + pkg.group(1) + ";\n\npublic class User {\n}\n");
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        Path generated = Files.createDirectories(project.resolve("target/generated-sources/annotations"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            // what the snippet's dependencies put on the class path, and the Jakarta REST API that an
            // implementation brings
            files.setLocation(StandardLocation.CLASS_PATH, List.of(
                    jarOf("dev.preflight.annotations.CrossOrigin"),
                    jarOf("dev.preflight.runtime.PreflightFeatureSupport"),
                    jarOf("jakarta.ws.rs.Path")));
            // the processor and what it depends on, as Maven resolves annotationProcessorPaths; found by
            // javac's service loading, as in a user's build
            files.setLocation(StandardLocation.ANNOTATION_PROCESSOR_PATH, List.of(
                    jarOf("dev.preflight.processor.PreflightProcessor"),
                    jarOf("dev.preflight.annotations.CrossOrigin"),
                    jarOf("dev.preflight.runtime.PreflightFeatureSupport"),
                    jarOf("com.palantir.javapoet.ClassName"),
                    jarOf("com.google.common.net.InternetDomainName"),
                    jarOf("com.ibm.icu.text.IDNA")));
            files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
            boolean ok = javac.getTask(null, files, diagnostics,
                    List.of("--release", Build.read().release(), "-Xlint:all,-processing", "-Werror"), null,
                    files.getJavaFileObjectsFromPaths(List.of(resource, user))).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                messages.add(d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(null));
            }
            assertEquals(List.of(), messages);
            assertTrue(ok);
        }
        String packagePath = pkg.group(1).replace('.', '/');
        assertTrue(Files.exists(classes.resolve(packagePath).resolve(type.group(1) + ".class")));
        String feature = Files.readString(generated.resolve(packagePath).resolve("PreflightFeature.java"));
        assertTrue(feature.contains("\"https://app.example.com\""), feature);
        assertTrue(feature.contains("\"https://admin.example.com\""), feature);
        assertTrue(Files.exists(classes.resolve(packagePath).resolve("PreflightFeature.class")));
        assertEquals(pkg.group(1) + ".PreflightFeature\n",
                Files.readString(classes.resolve("META-INF/services/jakarta.ws.rs.core.Feature")));
    }

    /** The class path entry (jar or classes directory of this reactor) that holds the class. */
    private static File jarOf(String className) throws ClassNotFoundException, URISyntaxException {
        return new File(Class.forName(className, false, ReadmeQuickStartTest.class.getClassLoader())
                .getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
