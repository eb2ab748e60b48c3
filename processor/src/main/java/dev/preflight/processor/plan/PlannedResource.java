package dev.preflight.processor.plan;

import dev.preflight.processor.model.Resource;
import java.util.List;

/**
 * What is generated for one resource class: its distinct policies and which resource method has which.
 *
 * @param generatedSimpleName the generated class's simple name ({@code UserResourceCors})
 */
public record PlannedResource(Resource resource, String generatedSimpleName, List<PlannedPolicy> policies,
        List<MethodBinding> bindings) {

    /** The policy of one Java method, identified by name and erased parameter types. */
    public record MethodBinding(String javaName, List<String> parameterTypes, PlannedPolicy policy) {
    }
}
