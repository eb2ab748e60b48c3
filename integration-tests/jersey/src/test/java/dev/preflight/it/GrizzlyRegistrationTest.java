package dev.preflight.it;

/** {@link RegistrationContract} on Jersey on Grizzly. */
class GrizzlyRegistrationTest extends RegistrationContract {
    @Override
    protected TestServer.Factory runtime() {
        return GrizzlyServer::start;
    }
}
