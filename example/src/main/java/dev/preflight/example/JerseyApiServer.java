package dev.preflight.example;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.internal.RuntimeDelegateImpl;

/** Jersey on the JDK's HTTP server; Jersey takes the path from {@code @ApplicationPath}. */
final class JerseyApiServer implements ApiServer {
    private final HttpServer server;

    JerseyApiServer(Application application, int port) {
        RuntimeDelegate.setInstance(new RuntimeDelegateImpl());
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                // WADL needs JAXB, which the example does not carry; without this Jersey warns at startup
                ResourceConfig.forApplication(application).property(ServerProperties.WADL_FEATURE_DISABLE, true));
    }

    @Override
    public URI base() {
        return ApiServer.base(server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        // the factory's executor has non-daemon threads that would keep the JVM alive for a minute
        if (server.getExecutor() instanceof ExecutorService executor) {
            executor.shutdownNow();
        }
    }
}
