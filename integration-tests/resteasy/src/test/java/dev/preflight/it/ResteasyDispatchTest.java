package dev.preflight.it;

import dev.preflight.it.dispatch.DispatchContract;

class ResteasyDispatchTest extends DispatchContract {
    @Override
    protected TestServer.Factory runtime() {
        return ResteasyServer::start;
    }
}
