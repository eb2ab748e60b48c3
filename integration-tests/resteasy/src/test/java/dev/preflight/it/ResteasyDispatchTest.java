package dev.preflight.it;

import dev.preflight.it.dispatch.DispatchContract;
import java.util.logging.Level;
import java.util.logging.Logger;

class ResteasyDispatchTest extends DispatchContract {
    /**
     * RESTEasy on Netty logs a stack trace for each of the thousands of request paths that
     * {@code java.net.URI} rejects (it answers them 500); the test counts and shows those itself.
     */
    private static final Logger NETTY = Logger.getLogger("org.jboss.resteasy.plugins.server.netty");

    static {
        NETTY.setLevel(Level.parse(System.getProperty("preflight.dispatch.nettyLog", "OFF")));
    }

    @Override
    protected TestServer.Factory runtime() {
        return ResteasyServer::start;
    }
}
