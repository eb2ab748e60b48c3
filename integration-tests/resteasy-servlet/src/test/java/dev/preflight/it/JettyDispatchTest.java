package dev.preflight.it;

import dev.preflight.it.dispatch.DispatchContract;

/** {@link DispatchContract} on RESTEasy's dispatcher servlet in Jetty. */
class JettyDispatchTest extends DispatchContract {
    @Override
    protected TestServer.Factory runtime() {
        return JettyServer::start;
    }
}
