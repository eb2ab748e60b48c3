package dev.preflight.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey on Grizzly, bound to 127.0.0.1 on a free port; honours {@code @ApplicationPath}. */
final class GrizzlyServer implements TestServer {
    private final HttpServer server;
    private final URI base;

    private GrizzlyServer(Application application) {
        String path = application.getClass().getAnnotation(ApplicationPath.class).value();
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                ResourceConfig.forApplication(application), true);
        int port = server.getListeners().iterator().next().getPort();
        base = URI.create("http://127.0.0.1:" + port + "/" + path + "/");
    }

    static TestServer start(Application application) {
        return new GrizzlyServer(application);
    }

    @Override
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
