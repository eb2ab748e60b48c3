package dev.preflight.example;

import java.util.concurrent.CountDownLatch;

/**
 * Starts the demo on 127.0.0.1: the notes API and, on another port and so another origin, the front
 * end that calls it. System properties: {@code runtime} ({@code jersey}, the default, or
 * {@code resteasy}), {@code port} (the API, default 8080) and {@code frontend.port} (default 8081;
 * the page's origin {@code http://localhost:8081} is compiled into {@link NoteResource}'s policy).
 * Note what is missing: any registration of CORS code.
 */
public final class NotesServer {
    private NotesServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        String runtime = System.getProperty("runtime", "jersey");
        ApiServer api = ApiServer.start(runtime, new NotesApplication(), Integer.getInteger("port", 8080));
        FrontEndServer frontEnd;
        try {
            frontEnd = new FrontEndServer(Integer.getInteger("frontend.port", 8081), api.base());
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
        String notes = api.base() + "/notes";
        System.out.println();
        System.out.println("Notes API on " + runtime + ": " + api.base());
        System.out.println("Front end:            http://localhost:" + frontEnd.port() + "/");
        System.out.println();
        System.out.println("Open the front end in a browser: it calls the API with fetch and shows each outcome.");
        System.out.println("The same page from an origin the API does not allow: http://127.0.0.1:" + frontEnd.port() + "/");
        System.out.println();
        System.out.println("Or with curl, a preflight answered before any resource code runs:");
        System.out.println("  curl -i -X OPTIONS " + notes + "/1 -H 'Origin: http://localhost:8081' "
                + "-H 'Access-Control-Request-Method: PUT' -H 'Access-Control-Request-Headers: authorization,content-type'");
        System.out.println("the same from an origin the policy does not name (403):");
        System.out.println("  curl -i -X OPTIONS " + notes + "/1 -H 'Origin: https://evil.example' "
                + "-H 'Access-Control-Request-Method: PUT'");
        System.out.println("an actual request:");
        System.out.println("  curl -i " + notes + " -H 'Origin: http://localhost:8081'");
        System.out.println();
        System.out.println("Ctrl+C stops it.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            frontEnd.close();
            api.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
