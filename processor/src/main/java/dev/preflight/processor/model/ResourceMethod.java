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
 * @param pathTemplate the full template relative to the application: class path, then the paths of the
 *     sub-resource locators that lead to it, if any, then method path
 * @param classPolicy the class-level declaration, or {@code null}
 * @param methodPolicy the method-level declaration, or {@code null}
 * @param defaults the shared defaults that apply, outermost first: the application's, then the
 *     package's
 * @param via for a method of a class that sub-resource locators return, the declarations met on the
 *     way, outermost first: for each locator, its class's and its own; empty for a root resource
 * @param locators the sub-resource locators that lead to it, outermost first; empty for a root resource
 * @param headerReads the request headers it reads with {@code @HeaderParam}
 * @param consumes its {@code @Consumes}, or {@code null} when neither it nor its class has one
 * @param httpMethodSite its HTTP method annotation ({@code @GET}, {@code @OPTIONS}), where it was written
 *     (on the method, or on the method it overrides)
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
        List<DeclaredPolicy> via,
        List<Locator> locators,
        List<HeaderRead> headerReads,
        ConsumedTypes consumes,
        SourceSite httpMethodSite) {

    public ResourceMethod {
        parameterTypes = List.copyOf(parameterTypes);
        defaults = List.copyOf(defaults);
        via = List.copyOf(via);
        locators = List.copyOf(locators);
        headerReads = List.copyOf(headerReads);
    }

    /** A resource method of a root resource class, reached through no locator. */
    public ResourceMethod(SourceSite site, String javaName, List<String> parameterTypes, String httpMethod,
            String pathTemplate, DeclaredPolicy classPolicy, DeclaredPolicy methodPolicy,
            List<DeclaredPolicy> defaults, List<HeaderRead> headerReads, ConsumedTypes consumes) {
        this(site, javaName, parameterTypes, httpMethod, pathTemplate, classPolicy, methodPolicy, defaults,
                List.of(), List.of(), headerReads, consumes, site);
    }

    public boolean hasPolicy() {
        return classPolicy != null || methodPolicy != null || !defaults.isEmpty() || !via.isEmpty();
    }

    /**
     * Every declaration that applies, outermost first: defaults, those met through locators, class,
     * method.
     */
    public List<DeclaredPolicy> declarations() {
        List<DeclaredPolicy> all = new java.util.ArrayList<>(defaults);
        all.addAll(via);
        if (classPolicy != null) {
            all.add(classPolicy);
        }
        if (methodPolicy != null) {
            all.add(methodPolicy);
        }
        return all;
    }
}
