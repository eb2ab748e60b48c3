package dev.preflight.it;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey, from the class path, serving a resource class of an application module on the module path
 * ({@link ModulePathTest}): prints {@code BASE <uri>}, then serves until its standard input closes.
 */
final class ModulePathServer {
    private ModulePathServer() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> resource = Class.forName(args[0]);
        for (Class<?> type : new Class<?>[] {resource, Class.forName("dev.preflight.runtime.PolicyTable")}) {
            if (!type.getModule().isNamed()) {
                throw new IllegalStateException(type + " is not in a named module");
            }
        }
        HttpServer server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(resource));
        System.out.println("BASE http://127.0.0.1:" + server.getAddress().getPort() + "/");
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the test closes our standard input
        }
        server.stop(0);
        if (server.getExecutor() instanceof ExecutorService executor) {
            executor.shutdownNow();
        }
    }
}
