package dev.preflight.it;

class JerseyRegistrationTest extends RegistrationContract {
    @Override
    protected TestServer.Factory runtime() {
        return JerseyServer::start;
    }
}
