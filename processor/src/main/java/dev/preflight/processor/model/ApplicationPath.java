package dev.preflight.processor.model;

/**
 * The {@code @ApplicationPath} of a {@code jakarta.ws.rs.core.Application} subclass of the compilation.
 *
 * @param path the value as written ({@code "api"}, {@code "/api/"})
 * @param application the application's qualified name
 */
public record ApplicationPath(String path, String application) {
}
