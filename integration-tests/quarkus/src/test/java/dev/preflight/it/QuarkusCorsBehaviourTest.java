package dev.preflight.it;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuarkusCorsBehaviourTest extends CorsBehaviourContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }
}
