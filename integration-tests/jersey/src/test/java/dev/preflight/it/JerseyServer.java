package dev.preflight.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey on the JDK's HTTP server, bound to 127.0.0.1 on a free port; honours {@code @ApplicationPath}. */
final class JerseyServer implements TestServer {
    private final HttpServer server;
    private final URI base;

    private JerseyServer(Application application) {
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                ResourceConfig.forApplication(application));
        String path = application.getClass().getAnnotation(ApplicationPath.class).value();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path + "/");
    }

    static TestServer start(Application application) {
        return new JerseyServer(application);
    }

    @Override
    public URI base() {
        return base;
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
