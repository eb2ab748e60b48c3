package dev.preflight.bench.e2e;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded HTTP/1.1 load generator for loopback: a fixed number of keep-alive connections, each
 * sending a fixed number of copies of one request and reading each response before the next. Every
 * response's status is checked; a wrong one fails the run. Small on purpose: on a two-core machine the
 * client shares the CPUs with the server, and the less it does the more the server's cost shows.
 */
final class LoadGenerator {
    /** A response's status and headers (names in lower case). */
    record Response(int status, Map<String, String> headers) {
    }

    private final int port;
    private final int connections;

    LoadGenerator(int port, int connections) {
        this.port = port;
        this.connections = connections;
    }

    /** Sends one request and returns its response, to check what the server answers. */
    Response probe(String request) throws IOException {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(bytes(request));
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    /**
     * Sends {@code total} copies of {@code request} spread over the connections.
     *
     * @return requests per second
     */
    double run(String request, int total, int expectedStatus) throws Exception {
        byte[] bytes = bytes(request);
        int perConnection = total / connections;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < connections; c++) {
                done.add(pool.submit(() -> {
                    try (Socket socket = connect()) {
                        OutputStream out = socket.getOutputStream();
                        InputStream in = new BufferedInputStream(socket.getInputStream());
                        for (int i = 0; i < perConnection; i++) {
                            out.write(bytes);
                            out.flush();
                            Response response = read(in);
                            if (response.status != expectedStatus) {
                                throw new IllegalStateException("expected status " + expectedStatus + ", got " + response);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
            return perConnection * (double) connections / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static byte[] bytes(String request) {
        return request.replace("\n", "\r\n").concat("\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Reads one response: status line, headers, then a body by Content-Length or chunked encoding. */
    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        String length = headers.get("content-length");
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length != null) {
            skip(in, Long.parseLong(length));
        }
        return new Response(status, headers);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed mid-response");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static void skip(InputStream in, long n) throws IOException {
        for (long left = n; left > 0; left--) {
            if (in.read() < 0) {
                throw new IOException("connection closed mid-body");
            }
        }
    }
}
