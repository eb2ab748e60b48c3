package dev.preflight.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;

/**
 * RESTEasy's dispatcher servlet in embedded Jetty 12, bound to 127.0.0.1 on a free port. The servlet
 * is mapped at the application's {@code @ApplicationPath} and deploys the application by class name,
 * through the {@code jakarta.ws.rs.Application} init parameter, as a {@code web.xml} would.
 */
final class JettyServer implements TestServer {
    private final Server server;
    private final URI base;

    private JettyServer(Application application) throws Exception {
        String path = "/" + application.getClass().getAnnotation(ApplicationPath.class).value();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        ServletHolder resteasy = new ServletHolder("resteasy", HttpServlet30Dispatcher.class);
        resteasy.setInitParameter("jakarta.ws.rs.Application", application.getClass().getName());
        resteasy.setInitParameter("resteasy.servlet.mapping.prefix", path);
        resteasy.setInitOrder(1);
        context.addServlet(resteasy, path + "/*");
        server.setHandler(context);
        server.setStopTimeout(0);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + path + "/");
    }

    static TestServer start(Application application) throws Exception {
        return new JettyServer(application);
    }

    @Override
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
