package dev.preflight.it;

import dev.preflight.it.dispatch.DispatchContract;
import dev.preflight.it.dispatch.OtherDispatchApplication;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** The dispatch differential test on a build of {@link OtherDispatchApplication}. */
@QuarkusTest
@TestProfile(QuarkusOtherDispatchTest.Build.class)
class QuarkusOtherDispatchTest extends DispatchContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }

    /** The build of {@link OtherDispatchApplication}. */
    public static final class Build implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(QuarkusServer.APPLICATION, OtherDispatchApplication.class.getName());
        }
    }
}
