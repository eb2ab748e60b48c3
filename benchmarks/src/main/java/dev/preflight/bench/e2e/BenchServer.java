package dev.preflight.bench.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.netty.NettyJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * One server on 127.0.0.1 and a free port, in a JVM of its own (Jersey and RESTEasy each want to be
 * the process's Jakarta REST implementation). Prints {@code PORT n}, serves until its standard input
 * closes, then stops.
 *
 * <p>Usage: {@code BenchServer jersey|resteasy NONE|FLOOR|PREFLIGHT|RESTEASY_FILTER}
 */
public final class BenchServer {
    private BenchServer() {
    }

    @SuppressWarnings("removal") // RESTEasy 6.2's embeddable Netty server, as in integration-tests
    public static void main(String[] args) throws IOException {
        BenchApplication application = new BenchApplication(BenchApplication.Cors.valueOf(args[1]));
        Runnable stop;
        int port;
        switch (args[0]) {
            case "jersey": {
                HttpServer server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                        ResourceConfig.forApplication(application));
                port = server.getAddress().getPort();
                stop = () -> {
                    server.stop(0);
                    if (server.getExecutor() instanceof ExecutorService executor) {
                        executor.shutdownNow();
                    }
                };
                break;
            }
            case "resteasy": {
                NettyJaxrsServer server = startResteasy(application);
                port = server.getPort();
                stop = server::stop;
                break;
            }
            default:
                throw new IllegalArgumentException("runtime must be jersey or resteasy: " + args[0]);
        }
        System.out.println("PORT " + port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // the orchestrator closes our standard input when it is done
        }
        stop.run();
        System.exit(0);
    }

    @SuppressWarnings("removal")
    private static NettyJaxrsServer startResteasy(BenchApplication application) {
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplication(application);
        NettyJaxrsServer server = new NettyJaxrsServer();
        server.setHostname("127.0.0.1").setPort(0);
        server.setDeployment(deployment);
        server.start();
        return server;
    }
}
