package dev.preflight.it;

class ResteasyRegistrationTest extends RegistrationContract {
    @Override
    protected TestServer.Factory runtime() {
        return ResteasyServer::start;
    }
}
