package dev.preflight.it;

/** {@link RegistrationContract} on RESTEasy's dispatcher servlet in Jetty. */
class JettyRegistrationTest extends RegistrationContract {
    @Override
    protected TestServer.Factory runtime() {
        return JettyServer::start;
    }
}
