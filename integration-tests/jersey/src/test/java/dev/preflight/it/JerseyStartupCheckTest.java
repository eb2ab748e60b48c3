package dev.preflight.it;

class JerseyStartupCheckTest extends StartupCheckContract {
    @Override
    protected TestServer.Factory runtime() {
        return JerseyServer::start;
    }
}
