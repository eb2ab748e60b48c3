package dev.preflight.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class GenerationTest {

    @Test
    void printsGeneratedCode() throws IOException {
        Compilation compilation = javac().withProcessors(new PreflightProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror").compile(Sources.userResource());
        assertThat(compilation).succeededWithoutWarnings();
        for (JavaFileObject f : compilation.generatedSourceFiles()) {
            System.out.println(f.getCharContent(true));
        }
        System.out.println(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "META-INF/services/jakarta.ws.rs.core.Feature").get().getCharContent(true));
    }
}
