package dev.preflight.processor.emit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The text of {@code META-INF/services/jakarta.ws.rs.core.Feature}, and of
 * {@code META-INF/services/jakarta.ws.rs.ext.Providers} for RESTEasy's registration of listed providers,
 * keeping the entries of a file the project already has there (from its resources), so that the
 * runtime finds the generated feature without hiding the project's own.
 */
public final class ServiceFileWriter {
    public static final String FEATURE_SERVICES = "META-INF/services/jakarta.ws.rs.core.Feature";
    public static final String PROVIDER_SERVICES = "META-INF/services/jakarta.ws.rs.ext.Providers";

    private ServiceFileWriter() {
    }

    /**
     * A services file's text: the entries of {@code existing} (comments and blank lines dropped), then
     * {@code entries}, each once.
     *
     * @param existing the file the project already has, or {@code null}
     */
    public static String contents(String existing, Collection<String> entries) {
        Set<String> lines = new LinkedHashSet<>();
        if (existing != null) {
            for (String line : existing.split("\r\n|\r|\n")) {
                String entry = line.replaceAll("#.*", "").strip();
                if (!entry.isEmpty()) {
                    lines.add(entry);
                }
            }
        }
        lines.addAll(entries);
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}
