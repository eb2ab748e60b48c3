package dev.preflight.it;

class JerseyOriginProbeTest extends OriginProbeContract {
    @Override
    protected TestServer.Factory runtime() {
        return JerseyServer::start;
    }
}
