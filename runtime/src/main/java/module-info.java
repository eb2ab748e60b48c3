/**
 * What the code Preflight's processor generates calls at run time, and the grammar of origins, origin
 * patterns, tokens and path templates that the processor checks values with at compile time.
 *
 * <p>One package is exported: {@code PolicyTable} and {@code PreflightFeatureSupport} for the generated
 * {@code PreflightFeature}, {@code PreflightStartupCheck} for service loading, and the grammar classes
 * ({@code Origins}, {@code OriginPattern}, {@code OriginProblem}, {@code OriginPlaceholder},
 * {@code HttpTokens}, {@code PathPattern}) for the processor. The processor runs from javac's processor
 * path, where this jar is on a class path and its module declaration does not apply, or from the
 * processor module path, where it reads the exported package like any module: an export qualified to
 * the processor would leave out the first and needs a processor module this one is compiled against.
 * Everything else (the filters, the request model, the policies) is package-private.
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
