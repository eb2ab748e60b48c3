package dev.preflight.processor;

/** Names shared by the processor and what it writes. */
public final class PreflightProcessorInfo {
    /** The processor's class name, for {@code @Generated}. */
    public static final String NAME = "dev.preflight.processor.PreflightProcessor";
    /** The annotation the processor handles. */
    public static final String CROSS_ORIGIN = "dev.preflight.annotations.CrossOrigin";
    /** Processor option: the package of the generated {@code PreflightFeature}. */
    public static final String FEATURE_PACKAGE_OPTION = "preflight.featurePackage";
    /** Processor option: {@code false} leaves out {@code META-INF/preflight/cors-policies.json}. */
    public static final String REPORT_OPTION = "preflight.report";

    private PreflightProcessorInfo() {
    }
}
