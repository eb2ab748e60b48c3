package dev.preflight.it;

class ResteasyOriginProbeTest extends OriginProbeContract {
    @Override
    protected TestServer.Factory runtime() {
        return ResteasyServer::start;
    }
}
