package dev.preflight.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.preflight.processor.PreflightProcessorInfo;

/** The runtime types the generated code calls. */
final class RuntimeNames {
    private static final String RUNTIME = "dev.preflight.runtime";
    static final ClassName POLICY_TABLE = ClassName.get(RUNTIME, "PolicyTable");
    static final ClassName FEATURE_SUPPORT = ClassName.get(RUNTIME, "PreflightFeatureSupport");
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private RuntimeNames() {
    }

    /** {@code @Generated("dev.preflight.processor.PreflightProcessor")}. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PreflightProcessorInfo.NAME).build();
    }
}
