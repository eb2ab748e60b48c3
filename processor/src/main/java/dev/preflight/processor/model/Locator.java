package dev.preflight.processor.model;

/**
 * A sub-resource locator on the way to a resource method: a method with {@code @Path} and no HTTP
 * method designator, whose returned object Jakarta REST dispatches the rest of the path to.
 *
 * @param site the locator method
 * @param description how the audit report names it ({@code com.example.Users.orders(long)})
 */
public record Locator(SourceSite site, String description) {
}
