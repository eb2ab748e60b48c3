package dev.preflight.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.ws.rs.core.Application;

/**
 * The registration contract on a build of {@link DoubleRegistrationApplication}: the generated feature also listed in {@code getClasses()} and {@code getSingletons()}, besides the extension's registration. The contract's cases
 * of other applications are skipped on this build. {@code jakarta.ws.rs.loadServices=false} means
 * nothing on Quarkus REST, which service-loads no feature: the extension registers the generated
 * features whatever an application's properties, so the case of {@link NoCorsApplication} does not
 * apply there.
 */
@QuarkusTest
@TestProfile(QuarkusRegistrationTest.Build.class)
class QuarkusRegistrationTest extends RegistrationContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }

    /** The build of {@link DoubleRegistrationApplication}. */
    public static final class Build extends QuarkusServer.Build {
        @Override
        Class<? extends Application> application() {
            return DoubleRegistrationApplication.class;
        }
    }
}
