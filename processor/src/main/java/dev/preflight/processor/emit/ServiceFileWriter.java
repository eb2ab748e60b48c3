package dev.preflight.processor.emit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/jakarta.ws.rs.core.Feature}, and
 * {@code META-INF/services/jakarta.ws.rs.ext.Providers} for RESTEasy's registration of listed providers,
 * keeping the entries of a file the project already has there (from its resources), so that the
 * runtime finds the generated feature without hiding the project's own.
 */
public final class ServiceFileWriter {
    public static final String FEATURE_SERVICES = "META-INF/services/jakarta.ws.rs.core.Feature";
    public static final String PROVIDER_SERVICES = "META-INF/services/jakarta.ws.rs.ext.Providers";

    private ServiceFileWriter() {
    }

    /** Writes {@link #FEATURE_SERVICES}, listing {@code features}. */
    public static void write(Filer filer, Collection<String> features) throws IOException {
        write(filer, FEATURE_SERVICES, features);
    }

    /** Writes the services file {@code path}, keeping its existing entries and adding {@code entries}. */
    public static void write(Filer filer, String path, Collection<String> entries) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        try {
            FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
            try (Reader reader = existing.openReader(true); BufferedReader in = new BufferedReader(reader)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String entry = line.replaceAll("#.*", "").strip();
                    if (!entry.isEmpty()) {
                        lines.add(entry);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException noFileYet) {
            // nothing to keep
        }
        lines.addAll(entries);
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
        try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
