package dev.preflight.example;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Starts the notes API on Jersey and the JDK's HTTP server, on 127.0.0.1 only. The port is the
 * system property {@code port} (default 8080; 0 picks a free one). Note what is missing: any
 * registration of CORS code.
 */
public final class NotesServer {
    private NotesServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("port", 8080);
        HttpServer server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                ResourceConfig.forApplication(new NotesApplication()));
        String api = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/notes";
        System.out.println();
        System.out.println("Notes API on " + api);
        System.out.println();
        System.out.println("A preflight from the front end, answered before any resource code runs:");
        System.out.println("  curl -i -X OPTIONS " + api + "/1 -H 'Origin: https://app.example.com' "
                + "-H 'Access-Control-Request-Method: PUT' -H 'Access-Control-Request-Headers: authorization,content-type'");
        System.out.println("The same from an origin the policy does not name (403):");
        System.out.println("  curl -i -X OPTIONS " + api + "/1 -H 'Origin: https://evil.example' "
                + "-H 'Access-Control-Request-Method: PUT'");
        System.out.println("An actual request:");
        System.out.println("  curl -i " + api + " -H 'Origin: https://app.example.com'");
        System.out.println();
        System.out.println("Ctrl+C stops it.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(0);
            stopped.countDown();
        }));
        stopped.await();
    }
}
