package dev.preflight.it;

import dev.preflight.it.dispatch.DispatchContract;
import java.util.Locale;

/** {@link DispatchContract} on Jersey on Grizzly. */
class GrizzlyDispatchTest extends DispatchContract {
    /**
     * Grizzly normalizes the request path before it hands the request to Jersey, and gets a path that
     * ends in a dot segment ({@code /.} or {@code /..}, percent-encoded too) wrong:
     * {@code HttpRequestURIDecoder.normalizeBytes} throws {@code ArrayIndexOutOfBoundsException} and
     * Grizzly answers 500 itself, or, with the longer buffer of an earlier request on the connection,
     * reads past the path, so the same target gets a 200, a 404 or a 500 from one request to the next,
     * with or without CORS headers.
     */
    @Override
    protected boolean containerMishandles(String target) {
        String path = target.split("[?#]", 2)[0].toLowerCase(Locale.ROOT).replace("%2e", ".");
        return path.endsWith("/.") || path.endsWith("/..");
    }

    @Override
    protected TestServer.Factory runtime() {
        return GrizzlyServer::start;
    }
}
