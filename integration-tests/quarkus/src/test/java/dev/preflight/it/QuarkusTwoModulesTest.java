package dev.preflight.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.ws.rs.core.Application;

/**
 * The registration contract on a build of {@link TwoModulesApplication}: another module's feature
 * listed in {@code getClasses()}, besides this module's, which the extension registers. The contract's
 * cases of other applications are skipped on this build. {@code jakarta.ws.rs.loadServices=false} means
 * nothing on Quarkus REST, which service-loads no feature: the extension registers the generated
 * features whatever an application's properties, so the case of {@link NoCorsApplication} does not
 * apply there.
 */
@QuarkusTest
@TestProfile(QuarkusTwoModulesTest.Build.class)
class QuarkusTwoModulesTest extends RegistrationContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }

    /** The build of {@link TwoModulesApplication}. */
    public static final class Build extends QuarkusServer.Build {
        @Override
        Class<? extends Application> application() {
            return TwoModulesApplication.class;
        }
    }
}
