package dev.preflight.processor.model;

import java.util.List;

/**
 * One Jakarta REST resource method (or sub-resource method) of a resource class, with the policy
 * declarations that apply to it and what of its signature matters to CORS.
 *
 * @param javaName the Java method's name
 * @param parameterTypes the erased parameter types as {@link Class#getTypeName()} names them at run time
 *     ({@code long}, {@code java.lang.String[]}, {@code com.example.User$Address})
 * @param httpMethod {@code GET}, {@code PUT}, ... as its {@code @HttpMethod} annotation says
 * @param pathTemplate the full template relative to the application: class path, then method path
 * @param classPolicy the class-level declaration, or {@code null}
 * @param methodPolicy the method-level declaration, or {@code null}
 * @param defaults the shared defaults that apply, outermost first: the application's, then the
 *     package's
 * @param headerReads the request headers it reads with {@code @HeaderParam}
 * @param consumes its {@code @Consumes}, or {@code null} when neither it nor its class has one
 */
public record ResourceMethod(
        SourceSite site,
        String javaName,
        List<String> parameterTypes,
        String httpMethod,
        String pathTemplate,
        DeclaredPolicy classPolicy,
        DeclaredPolicy methodPolicy,
        List<DeclaredPolicy> defaults,
        List<HeaderRead> headerReads,
        ConsumedTypes consumes) {

    public ResourceMethod {
        parameterTypes = List.copyOf(parameterTypes);
        defaults = List.copyOf(defaults);
        headerReads = List.copyOf(headerReads);
    }

    public boolean hasPolicy() {
        return classPolicy != null || methodPolicy != null || !defaults.isEmpty();
    }

    /** Every declaration that applies, outermost first: defaults, class, method. */
    public List<DeclaredPolicy> declarations() {
        List<DeclaredPolicy> all = new java.util.ArrayList<>(defaults);
        if (classPolicy != null) {
            all.add(classPolicy);
        }
        if (methodPolicy != null) {
            all.add(methodPolicy);
        }
        return all;
    }
}
