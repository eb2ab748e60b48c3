package dev.preflight.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;

/**
 * The Quarkus application that {@code @QuarkusTest} started for the test class, as a {@link TestServer}.
 * Quarkus REST deploys one application per build, so this does not start one: it hands out the one
 * running, on 127.0.0.1 and a free port, if it is the application asked for, and skips the test
 * otherwise. Closing it leaves the application running for the next test class of the same build.
 */
final class QuarkusServer implements TestServer {
    /** The build property that names the application a build deploys. */
    static final String APPLICATION = "preflight.it.application";

    private final URI base;

    private QuarkusServer(URI base) {
        this.base = base;
    }

    /** The running application, if it is {@code application}'s; else the calling test is skipped. */
    static TestServer start(Application application) {
        String deployed = ConfigProvider.getConfig().getValue(APPLICATION, String.class);
        Assumptions.assumeTrue(application.getClass().getName().equals(deployed), () -> "Quarkus REST deploys one "
                + "application per build, and this build deploys " + deployed + ", not "
                + application.getClass().getName());
        String path = application.getClass().getAnnotation(ApplicationPath.class).value();
        String root = ConfigProvider.getConfig().getValue("test.url", String.class);
        return new QuarkusServer(URI.create(root.replaceAll("/+$", "") + "/" + path + "/"));
    }

    @Override
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        // the application stays up for the other test classes of this build
    }

    /** A test profile that builds one application: Quarkus REST deploys one per build. */
    abstract static class Build implements QuarkusTestProfile {
        abstract Class<? extends Application> application();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(APPLICATION, application().getName());
        }
    }
}
