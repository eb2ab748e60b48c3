package dev.preflight.it;

import java.net.URI;
import java.util.List;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.netty.NettyJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;
import org.junit.jupiter.api.Test;

/**
 * On RESTEasy the real case can be built: the generated feature and its listed twin are disabled
 * ({@code resteasy.disable.providers}), as if the processor had not run, and the runtime's check
 * arrives by itself, through service loading or RESTEasy's registration of listed providers.
 */
class ResteasyStartupCheckTest extends StartupCheckContract {
    private static final String[] GENERATED = {
        PreflightFeature.class.getName(), PreflightFeature.class.getName() + "$ListedProvider"};

    @Override
    protected TestServer.Factory runtime() {
        return ResteasyServer::start;
    }

    /** Service loading on, nothing registered by hand: only the runtime's own service file is there. */
    @Override
    protected TestServer startWithoutGeneratedFeature() {
        return ResteasyServer.startWithout(new TestApplication(), GENERATED);
    }

    @Test
    void theApplicationThatImitatesServiceLoadingWarnsToo() {
        try (TestServer server = ResteasyServer.startWithout(new UnconfiguredApplication(), GENERATED)) {
            assertWarnedOnceAndCorsIsOff(warnings(), server);
        }
    }

    @Test
    @SuppressWarnings("removal") // NettyJaxrsServer, as in ResteasyServer
    void warnsWithoutAnApplicationToo() {
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.getActualResourceClasses().addAll(List.of(UserResource.class, PlainResource.class));
        deployment.setDisabledProviderClasses(GENERATED);
        NettyJaxrsServer server = new NettyJaxrsServer();
        server.setHostname("127.0.0.1").setPort(0);
        server.setDeployment(deployment);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getPort() + "/");
        try (TestServer running = new TestServer() {
            @Override
            public URI base() {
                return base;
            }

            @Override
            public void close() {
                server.stop();
            }
        }) {
            assertWarnedOnceAndCorsIsOff(warnings(), running);
        }
    }
}
