package dev.preflight.bench.api;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An allowlist of 1 exact origin. */
@Path("allow-1")
@CrossOrigin(exposedHeaders = "X-Total-Count", allowCredentials = true,
        origins = {
                "https://client-001.example.org"})
public class AllowOneResource {
    @GET
    public String get() {
        return "allow-1";
    }
}
