package dev.preflight.it;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuarkusHostileInputTest extends HostileInputContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }
}
