package dev.preflight.bench.api;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An allowlist of 10 exact origins. */
@Path("allow-10")
@CrossOrigin(exposedHeaders = "X-Total-Count", allowCredentials = true,
        origins = {
                "https://client-001.example.org",
                "https://client-002.example.org",
                "https://client-003.example.org",
                "https://client-004.example.org",
                "https://client-005.example.org",
                "https://client-006.example.org",
                "https://client-007.example.org",
                "https://client-008.example.org",
                "https://client-009.example.org",
                "https://client-010.example.org"})
public class AllowTenResource {
    @GET
    public String get() {
        return "allow-10";
    }
}
