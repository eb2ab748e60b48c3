package dev.preflight.processor.model;

import java.util.List;

/**
 * One Jakarta REST resource method (or sub-resource method) of a resource class, with the policy
 * declarations that apply to it.
 *
 * @param javaName the Java method's name
 * @param parameterTypes the erased parameter types as class literals name them ({@code long},
 *     {@code java.lang.String[]}, {@code com.example.User.Address})
 * @param httpMethod {@code GET}, {@code PUT}, ... as its {@code @HttpMethod} annotation says
 * @param pathTemplate the full template relative to the application: class path, then method path
 * @param classPolicy the class-level declaration, or {@code null}
 * @param methodPolicy the method-level declaration, or {@code null}
 */
public record ResourceMethod(
        SourceSite site,
        String javaName,
        List<String> parameterTypes,
        String httpMethod,
        String pathTemplate,
        DeclaredPolicy classPolicy,
        DeclaredPolicy methodPolicy) {

    public ResourceMethod {
        parameterTypes = List.copyOf(parameterTypes);
    }

    public boolean hasPolicy() {
        return classPolicy != null || methodPolicy != null;
    }
}
