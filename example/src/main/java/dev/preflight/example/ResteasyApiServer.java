package dev.preflight.example;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.core.providerfactory.ResteasyProviderFactoryImpl;
import org.jboss.resteasy.plugins.server.netty.NettyJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * RESTEasy on Netty. RESTEasy 6.2 marks {@code NettyJaxrsServer} for removal, but it is the embeddable
 * server of this RESTEasy line that needs no servlet container.
 */
@SuppressWarnings("removal")
final class ResteasyApiServer implements ApiServer {
    private final NettyJaxrsServer server;

    ResteasyApiServer(Application application, int port) {
        RuntimeDelegate.setInstance(new ResteasyProviderFactoryImpl());
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplication(application);
        server = new NettyJaxrsServer();
        server.setHostname("127.0.0.1").setPort(port);
        server.setDeployment(deployment);
        server.start();
    }

    @Override
    public URI base() {
        return ApiServer.base(server.getPort());
    }

    @Override
    public void close() {
        server.stop();
    }
}
