package dev.preflight.quarkus;

/**
 * Marks {@code preflight-quarkus} on an application's compile classpath. Preflight's processor looks for
 * it when Quarkus REST is there too, and fails the build without it: the extension is what registers
 * the generated feature on Quarkus REST.
 */
public final class PreflightQuarkus {
    private PreflightQuarkus() {
    }
}
