package dev.preflight.it;

class JerseyHostileInputTest extends HostileInputContract {
    @Override
    protected TestServer.Factory runtime() {
        return JerseyServer::start;
    }
}
