package dev.preflight.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.preflight.it.dispatch.DispatchApplication;
import dev.preflight.it.dispatch.DispatchContract;
import dev.preflight.it.dispatch.DispatchOracle;
import dev.preflight.it.dispatch.DispatchedHeader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Test;

/**
 * The dispatch differential test on a build of {@link DispatchApplication}; the contract's test of the
 * other application is skipped here and runs in {@link QuarkusOtherDispatchTest}.
 */
@QuarkusTest
@TestProfile(QuarkusDispatchTest.Build.class)
class QuarkusDispatchTest extends DispatchContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }

    /**
     * Where Quarkus REST reads paths its own way: it matches {@code caf%C3%A9} as sent, so
     * {@code @Path("café")} never gets it, and it sends {@code my%20docs;} past {@code @Path("my docs")};
     * the catch-all {@code {any}} gets both. Their preflights are left alone, not answered with the
     * policy of the literal template (as on Jersey and RESTEasy, which dispatch them there).
     */
    @Test
    void pathsQuarkusRestReadsOtherwiseAreNotAnsweredByTheLiteralTemplatesPolicy() {
        try (TestServer server = QuarkusServer.start(new DispatchApplication())) {
            Http http = new Http(server.base());
            for (String path : new String[] {"caf%C3%A9", "my%20docs;"}) {
                Http.Reply actual = http.send("GET", path, "Origin", DispatchOracle.APP);
                assertEquals("CatchAll#get", actual.header(DispatchedHeader.HEADER), actual::toString);
                Http.Reply preflight = http.send("OPTIONS", path, "Origin", DispatchOracle.APP,
                        "Access-Control-Request-Method", "GET");
                assertNull(preflight.header("Access-Control-Allow-Origin"), preflight::toString);
            }
        }
    }

    /** The build of {@link DispatchApplication}. */
    public static final class Build extends QuarkusServer.Build {
        @Override
        Class<? extends Application> application() {
            return DispatchApplication.class;
        }
    }
}
