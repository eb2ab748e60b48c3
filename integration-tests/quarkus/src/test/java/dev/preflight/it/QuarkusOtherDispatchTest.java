package dev.preflight.it;

import dev.preflight.it.dispatch.DispatchContract;
import dev.preflight.it.dispatch.OtherDispatchApplication;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.ws.rs.core.Application;

/** The dispatch differential test on a build of {@link OtherDispatchApplication}. */
@QuarkusTest
@TestProfile(QuarkusOtherDispatchTest.Build.class)
class QuarkusOtherDispatchTest extends DispatchContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }

    /** The build of {@link OtherDispatchApplication}. */
    public static final class Build extends QuarkusServer.Build {
        @Override
        Class<? extends Application> application() {
            return OtherDispatchApplication.class;
        }
    }
}
