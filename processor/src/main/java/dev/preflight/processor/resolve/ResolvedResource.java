package dev.preflight.processor.resolve;

import dev.preflight.processor.model.Resource;
import java.util.List;

/** A resource class as read, and each of its resource methods resolved, in the same order. */
public record ResolvedResource(Resource resource, List<ResolvedMethod> methods) {

    public ResolvedResource {
        methods = List.copyOf(methods);
    }
}
