package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The generated feature answers a preflight on Quarkus REST, registered by the preflight-quarkus extension. */
@QuarkusTest
class QuarkusPreflightTest {
    @Test
    void preflightIsAnswered() {
        try (TestServer server = QuarkusServer.start(new TestApplication())) {
            Http.Reply reply = new Http(server.base()).send("OPTIONS", "users/7", "Origin", "https://app.example.com",
                    "Access-Control-Request-Method", "PUT");
            assertEquals(204, reply.status(), reply::toString);
            assertEquals("https://app.example.com", reply.header("Access-Control-Allow-Origin"));
            assertEquals("GET, PUT", reply.header("Access-Control-Allow-Methods"));
        }
    }
}
