package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.netty.NettyJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resource classes listed on a {@code ResteasyDeployment}, no {@code Application} subclass and nothing
 * registered for Preflight: RESTEasy service-loads no feature then, but registers what
 * {@code META-INF/services/jakarta.ws.rs.ext.Providers} lists, and that is enough. Every CORS header
 * is sent once.
 */
@SuppressWarnings("removal") // NettyJaxrsServer, as in ResteasyServer
class ResteasyWithoutApplicationTest {
    private static final String APP = CorsBehaviourContract.APP;
    private static NettyJaxrsServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.getActualResourceClasses().addAll(List.of(UserResource.class, SecureResource.class, PlainResource.class));
        deployment.getActualProviderClasses().add(AuthenticationFilter.class);
        server = new NettyJaxrsServer();
        server.setHostname("127.0.0.1").setPort(0);
        server.setDeployment(deployment);
        server.start();
        http = new Http(URI.create("http://127.0.0.1:" + server.getPort() + "/"));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void allowedPreflightIsAnsweredWithEachHeaderOnce() {
        Http.Reply reply = http.send("OPTIONS", "users/7", "Origin", APP, "Access-Control-Request-Method", "PUT",
                "Access-Control-Request-Headers", "content-type");
        assertEquals(204, reply.status(), reply.toString());
        assertEquals(List.of(APP), reply.all("Access-Control-Allow-Origin"));
        assertEquals(List.of("GET, PUT"), reply.all("Access-Control-Allow-Methods"));
        assertEquals(List.of("true"), reply.all("Access-Control-Allow-Credentials"));
        assertEquals(1, reply.all("Access-Control-Allow-Headers").size(), reply.toString());
        assertEquals(1, reply.all("Access-Control-Max-Age").size(), reply.toString());
    }

    @Test
    void preflightIsAnsweredBeforeAuthentication() {
        Http.Reply reply = http.send("OPTIONS", "secure", "Origin", APP, "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization");
        assertEquals(204, reply.status(), reply.toString());
        assertEquals(List.of(APP), reply.all("Access-Control-Allow-Origin"));
    }

    @Test
    void actualRequestGetsItsHeadersOnce() {
        Http.Reply get = http.send("GET", "users", "Origin", APP);
        assertEquals(200, get.status());
        assertEquals(List.of(APP), get.all("Access-Control-Allow-Origin"));
        assertEquals(List.of("true"), get.all("Access-Control-Allow-Credentials"));
        assertEquals(List.of("X-Total-Count"), get.all("Access-Control-Expose-Headers"));
        assertEquals(List.of("Accept-Encoding, Origin"), get.all("Vary"));

        Http.Reply unauthorized = http.send("GET", "secure", "Origin", APP);
        assertEquals(401, unauthorized.status());
        assertEquals(List.of(APP), unauthorized.all("Access-Control-Allow-Origin"));
    }

    @Test
    void refusedOriginGets403WithoutCorsHeaders() {
        Http.Reply preflight = http.send("OPTIONS", "users/7", "Origin", CorsBehaviourContract.EVIL,
                "Access-Control-Request-Method", "PUT");
        assertEquals(403, preflight.status());
        assertEquals(List.of(), preflight.all("Access-Control-Allow-Origin"));
        Http.Reply get = http.send("GET", "users", "Origin", CorsBehaviourContract.EVIL);
        assertEquals(403, get.status());
        assertNull(get.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aResourceWithoutPolicyIsLeftAlone() {
        Http.Reply get = http.send("GET", "plain", "Origin", APP);
        assertEquals(200, get.status());
        assertEquals(List.of(), get.all("Access-Control-Allow-Origin"));
    }
}
