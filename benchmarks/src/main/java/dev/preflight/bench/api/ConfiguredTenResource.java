package dev.preflight.bench.api;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * The allowlist of {@link AllowTenResource}, but from a placeholder resolved at deployment:
 * the per-request path must cost what the literal one costs.
 */
@Path("allow-10-configured")
@CrossOrigin(exposedHeaders = "X-Total-Count", allowCredentials = true,
        origins = "${bench.cors.origins:https://client-001.example.org, https://client-002.example.org, https://client-003.example.org, https://client-004.example.org, https://client-005.example.org, https://client-006.example.org, https://client-007.example.org, https://client-008.example.org, https://client-009.example.org, https://client-010.example.org}")
public class ConfiguredTenResource {
    @GET
    public String get() {
        return "allow-10-configured";
    }
}
