package dev.preflight.it;

class ResteasyHostileInputTest extends HostileInputContract {
    @Override
    protected TestServer.Factory runtime() {
        return ResteasyServer::start;
    }
}
