package dev.preflight.it;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuarkusOriginProbeTest extends OriginProbeContract {
    @Override
    protected TestServer.Factory runtime() {
        return QuarkusServer::start;
    }
}
