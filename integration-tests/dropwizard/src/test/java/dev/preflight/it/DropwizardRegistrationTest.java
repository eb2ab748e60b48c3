package dev.preflight.it;

/** {@link RegistrationContract} on Dropwizard. */
class DropwizardRegistrationTest extends RegistrationContract {
    @Override
    protected TestServer.Factory runtime() {
        return DropwizardServer::start;
    }
}
