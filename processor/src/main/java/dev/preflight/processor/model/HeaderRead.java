package dev.preflight.processor.model;

/**
 * A request header a resource method reads through {@code @HeaderParam}: on one of its parameters, on
 * a field of its class, or on a field of a {@code @BeanParam} parameter's class.
 *
 * @param name the header name as written in {@code @HeaderParam}
 * @param site the parameter or field, with its {@code @HeaderParam}
 */
public record HeaderRead(String name, SourceSite site) {
}
