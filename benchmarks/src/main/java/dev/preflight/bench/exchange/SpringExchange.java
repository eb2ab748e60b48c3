package dev.preflight.bench.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS processor over a prepared mock servlet request. The mock response is reset rather
 * than created per operation: a servlet container's response exists anyway, and building a mock one
 * (with its body buffer) would charge Spring for the test double.
 */
final class SpringExchange implements Exchange {
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final CorsConfiguration config;
    private final boolean preflight;
    private final MockHttpServletRequest request;
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    SpringExchange(Scenario scenario, CorsConfiguration config) {
        this.config = config;
        this.preflight = scenario.kind == Scenario.Kind.PREFLIGHT;
        request = new MockHttpServletRequest(scenario.method, "/" + scenario.path);
        request.setScheme(Policy.BASE_URI.getScheme());
        request.setSecure(true);
        request.setServerName(Policy.HOST);
        request.setServerPort(443);
        scenario.requestHeaders().forEach(request::addHeader);
    }

    @Override
    public Object run() {
        // a refusal writes and flushes a body, which commits the mock response
        response.setCommitted(false);
        response.reset();
        try {
            return processor.processRequest(config, request, response) ? response : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Outcome outcome() {
        boolean handled = run() != null;
        int status = !handled ? response.getStatus() : preflight ? 200 : Outcome.PASSED;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.put(name, new ArrayList<>(response.getHeaders(name)));
        }
        return Outcome.of(status, headers);
    }
}
