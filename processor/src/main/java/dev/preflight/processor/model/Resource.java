package dev.preflight.processor.model;

import java.util.List;

/**
 * A resource class that carries {@code @CrossOrigin} on itself or on a method.
 *
 * @param qualifiedName the canonical name ({@code com.example.Outer.Inner})
 * @param reportedAs the binary names a container may report it under at run time: its own
 *     ({@code com.example.Outer$Inner}), then those of its supertypes that carry {@code @Path} (RESTEasy
 *     reports the interface that does)
 * @param packageName its package, empty for the unnamed package
 * @param simpleNames the class's simple name and those of its enclosing classes, outermost first
 * @param methods its resource methods, inherited ones included
 */
public record Resource(
        SourceSite site,
        String qualifiedName,
        List<String> reportedAs,
        String packageName,
        List<String> simpleNames,
        List<ResourceMethod> methods) {

    public Resource {
        reportedAs = List.copyOf(reportedAs);
        simpleNames = List.copyOf(simpleNames);
        methods = List.copyOf(methods);
    }
}
