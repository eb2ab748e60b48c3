package dev.preflight.processor;

/** Names shared by the processor and what it writes. */
public final class PreflightProcessorInfo {
    /** The processor's class name, for {@code @Generated}. */
    public static final String NAME = "dev.preflight.processor.PreflightProcessor";
    /** The annotation the processor handles. */
    public static final String CROSS_ORIGIN = "dev.preflight.annotations.CrossOrigin";
    /**
     * The Jakarta REST annotations the processor also supports, read by name so that the processor
     * never needs Jakarta REST classes loaded: {@code @Path} on every root resource (its own or on a
     * method), the standard HTTP method designators, and {@code @ApplicationPath}. It supports them
     * without claiming them (see {@code PreflightProcessor.process}).
     */
    public static final java.util.List<String> JAKARTA_REST = java.util.List.of(
            "jakarta.ws.rs.Path", "jakarta.ws.rs.ApplicationPath",
            "jakarta.ws.rs.GET", "jakarta.ws.rs.POST", "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE",
            "jakarta.ws.rs.PATCH", "jakarta.ws.rs.HEAD", "jakarta.ws.rs.OPTIONS");
    /** Processor option: the package of the generated {@code PreflightFeature}. */
    public static final String FEATURE_PACKAGE_OPTION = "preflight.featurePackage";
    /** Processor option: {@code false} leaves out {@code META-INF/preflight/cors-policies.json}. */
    public static final String REPORT_OPTION = "preflight.report";

    private PreflightProcessorInfo() {
    }
}
