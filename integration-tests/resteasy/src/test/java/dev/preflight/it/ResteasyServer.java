package dev.preflight.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.netty.NettyJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * RESTEasy on Netty, bound to 127.0.0.1 on a free port, deploying the {@code Application} subclass.
 * RESTEasy 6.2 marks {@code NettyJaxrsServer} for removal, but it is the embeddable server of this
 * RESTEasy line that the build can resolve.
 */
@SuppressWarnings("removal")
final class ResteasyServer implements TestServer {
    private final NettyJaxrsServer server;
    private final URI base;

    private ResteasyServer(Application application, String... disabledProviders) {
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplication(application);
        deployment.setDisabledProviderClasses(disabledProviders);
        server = new NettyJaxrsServer();
        server.setHostname("127.0.0.1").setPort(0);
        server.setDeployment(deployment);
        server.start();
        String path = application.getClass().getAnnotation(ApplicationPath.class).value();
        base = URI.create("http://127.0.0.1:" + server.getPort() + "/" + path + "/");
    }

    static TestServer start(Application application) {
        return new ResteasyServer(application);
    }

    /** Starts {@code application} with RESTEasy's {@code resteasy.disable.providers}: these classes are never registered. */
    static TestServer startWithout(Application application, String... disabledProviders) {
        return new ResteasyServer(application, disabledProviders);
    }

    @Override
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        server.stop();
    }
}
