package dev.preflight.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;
import static dev.preflight.processor.Sources.classLevel;
import static dev.preflight.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fix a finding suggests, applied where the finding points, compiles clean: advice never leads
 * into another error.
 */
class SuggestedFixTest {
    /** {@code Use "x"} or {@code write "x"}: the value to write instead; {@code originPatterns = "x"}: move it there. */
    private static final Pattern FIX = Pattern.compile(
            "(?:Use|write|Write) \"([^\"]*)\"|(originPatterns) = \"([^\"]*)\"|[Ww]rite maxAge = (-?[0-9]+)");

    @ParameterizedTest
    @ValueSource(strings = {
        "origins = \"https://App.example.com:443\"",
        "origins = \"https://app.example.com/\"",
        "origins = \"https://user@app.example.com/x\"",
        "origins = \"app.example.com\"",
        "origins = \"https:/app.example.com\"",
        "origins = \" https://app.example.com \"",
        "origins = \"http://192.168.257\"",
        "origins = \"http://192.0x00A80001\"",
        "origins = \"http://0xffffffff:8080\"",
        "origins = \"https://00.00.00.00\"",
        "origins = \"http://[1:0::]\"",
        "origins = \"http://[::127.0.0.1]\"",
        "origins = \"http://[0:0:0:0:0:0:0:1]:8080/\"",
        "origins = \"https://faß.de\"",
        "origins = \"https://ẞ.com\"",
        "origins = \"https://βόλος.com\"",
        "origins = \"https://ex%61mple.com\"",
        "origins = \"https://app.example.com:\"",
        "origins = \"https://app.example.com.\"",
        "origins = \"https://user:pass@App.example.com.:443/x?y#z\"",
        "origins = \"https://*.example.com\"",
        "origins = \"https://*.co.uk\"",
        "origins = \"https://*.github.io\"",
        "origins = \"${app.origins:https://App.example.com}\"",
        "origins = \"http://app.example.com\", allowCredentials = true",
        "origins = \"https://app.example.com\", methods = {\"GET\", \"post\"}",
        "origins = \"https://app.example.com\", maxAge = 86400",
    })
    void everySuggestedFixCompilesClean(String attributes) {
        String text = classLevel("    " + attributes);
        String fixed = applyFixes(text);
        Compilation again = compileAllowingWarnings(fixed);
        assertWithMessage("errors after applying the fixes:\n%s", fixed).that(messages(again, Diagnostic.Kind.ERROR))
                .isEmpty();
        if (!messages(again, Diagnostic.Kind.WARNING).isEmpty()) {
            // a warning about what the fix wrote (W8: the canonical origin of https://app.example.com./x keeps
            // its dot) carries a fix of its own, after which nothing is left
            fixed = applyFixes(fixed);
            again = compileAllowingWarnings(fixed);
        }
        assertWithMessage("after applying the fixes:\n%s", fixed).that(messages(again, Diagnostic.Kind.ERROR))
                .isEmpty();
        assertWithMessage("after applying the fixes:\n%s", fixed).that(messages(again, Diagnostic.Kind.WARNING))
                .isEmpty();
        assertThat(again.status()).isEqualTo(Compilation.Status.SUCCESS);
    }

    private static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() == kind) {
                messages.add(d.getMessage(Locale.ROOT));
            }
        }
        return messages;
    }

    /** Compiles {@code text} and writes each finding's suggested fix where the finding points. */
    private static String applyFixes(String text) {
        Compilation compilation = compileAllowingWarnings(text);
        List<Diagnostic<? extends JavaFileObject>> findings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE && d.getMessage(Locale.ROOT).startsWith("[preflight")) {
                findings.add(d);
            }
        }
        assertWithMessage("a finding in %s", text).that(findings).isNotEmpty();
        // apply from the end of the text, so that earlier positions stay valid
        findings.sort(Comparator.comparingLong(d -> -d.getStartPosition()));
        String fixed = text;
        for (Diagnostic<? extends JavaFileObject> d : findings) {
            String message = d.getMessage(Locale.ROOT);
            Matcher m = FIX.matcher(message);
            assertWithMessage("a suggested fix in: %s", message).that(m.find()).isTrue();
            int start = (int) d.getStartPosition();
            int end = (int) d.getEndPosition();
            String written = fixed.substring(start, end);
            assertWithMessage("points at a value: %s", message).that(written).isNotEmpty();
            if (m.group(2) != null) {
                // a wildcard in origins: the value moves to originPatterns
                int attribute = fixed.lastIndexOf("origins", start);
                fixed = fixed.substring(0, attribute) + "originPatterns = \"" + m.group(3) + "\"" + fixed.substring(end);
            } else if (m.group(4) != null) {
                fixed = fixed.substring(0, start) + m.group(4) + fixed.substring(end);
            } else if (written.startsWith("\"")) {
                String replacement = written.startsWith("\"${")
                        ? written.substring(0, written.indexOf(':') + 1) + m.group(1) + "}\""
                        : "\"" + m.group(1) + "\"";
                fixed = fixed.substring(0, start) + replacement + fixed.substring(end);
            } else {
                fixed = fixed.substring(0, start) + m.group(1) + fixed.substring(end);
            }
        }
        return fixed;
    }

    private static Compilation compileAllowingWarnings(String text) {
        return javac().withProcessors(new PreflightProcessor()).withOptions("-Xlint:all,-processing")
                .compile(source("com.example.R", text));
    }
}
