package dev.preflight.processor;

/** Names shared by the processor and what it writes. */
public final class PreflightProcessorInfo {
    /** The processor's class name, for {@code @Generated}. */
    public static final String NAME = "dev.preflight.processor.PreflightProcessor";
    /** Processor option: the package of the generated {@code PreflightFeature}. */
    public static final String FEATURE_PACKAGE_OPTION = "preflight.featurePackage";

    private PreflightProcessorInfo() {
    }
}
