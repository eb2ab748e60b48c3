package dev.preflight.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The demo's static front end on the JDK's HTTP server, on 127.0.0.1: a page on another origin than
 * the API, as a single-page application on its own host would be. The page calls {@code apiBase}
 * unless its URL says {@code ?api=...}.
 */
public final class FrontEndServer implements AutoCloseable {
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/demo.js", "demo.js",
            "/demo.css", "demo.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private final HttpServer server;
    private final String apiBase;

    /** Serves the page at {@code port} on 127.0.0.1 (0 picks a free one). */
    public FrontEndServer(int port, URI apiBase) {
        this.apiBase = apiBase.toString();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String file = FILES.get(exchange.getRequestURI().getPath());
            if (file == null || !"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = read(file).replace("{{API_BASE}}", apiBase).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = FrontEndServer.class.getResourceAsStream("/frontend/" + file)) {
            if (in == null) {
                throw new IOException("missing resource /frontend/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
