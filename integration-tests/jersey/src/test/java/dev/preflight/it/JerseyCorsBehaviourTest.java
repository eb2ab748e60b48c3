package dev.preflight.it;

class JerseyCorsBehaviourTest extends CorsBehaviourContract {
    @Override
    protected TestServer.Factory runtime() {
        return JerseyServer::start;
    }
}
