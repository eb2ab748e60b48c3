package dev.preflight.it;

import dev.preflight.it.dispatch.DispatchContract;

class JerseyDispatchTest extends DispatchContract {
    @Override
    protected TestServer.Factory runtime() {
        return JerseyServer::start;
    }
}
