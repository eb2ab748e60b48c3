package dev.preflight.it;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuarkusRegistrationTest extends RegistrationContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }
}
