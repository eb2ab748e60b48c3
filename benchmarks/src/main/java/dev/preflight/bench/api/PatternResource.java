package dev.preflight.bench.api;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An origin pattern: any subdomain of example.com. */
@Path("pattern")
@CrossOrigin(exposedHeaders = "X-Total-Count", allowCredentials = true,
        originPatterns = "https://*.example.com")
public class PatternResource {
    @GET
    public String get() {
        return "pattern";
    }
}
