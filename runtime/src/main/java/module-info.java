/**
 * What the code Preflight's processor generates calls at run time, and the grammar of origins, origin
 * patterns, tokens and path templates that the processor checks values with at compile time.
 *
 * <p>One package is exported: {@code PolicyTable} and {@code PreflightFeatureSupport} for the generated
 * {@code PreflightFeature}, {@code PreflightStartupCheck} for service loading, and the grammar classes
 * ({@code Origins}, {@code OriginPattern}, {@code OriginProblem}, {@code OriginPlaceholder},
 * {@code HttpTokens}, {@code PathPattern}) for the processor. The grammar is public because the processor
 * calls it from its own packages; it shares the exported package because the runtime's filters use its
 * package-private parts, and an export cannot leave out part of a package. An export qualified to the
 * processor would change nothing for it: it runs from javac's processor path, a class path, where module
 * declarations do not apply. (On {@code --processor-module-path} javac resolves only the modules that
 * provide processors and the automatic ones, so this module would be missing there; the processor is
 * not supported on it.) Everything else (the filters, the request model, the policies) is package-private.
 *
 * <p>Jakarta REST implementations find {@code PreflightStartupCheck} through {@code META-INF/services},
 * which they read as a resource, and through {@code provides} where they use {@link java.util.ServiceLoader}.
 * They instantiate the generated feature, which lives in the application's module, by reflection.
 */
module dev.preflight.runtime {
    requires transitive jakarta.ws.rs;

    exports dev.preflight.runtime;

    provides jakarta.ws.rs.core.Feature with dev.preflight.runtime.PreflightStartupCheck;
}
