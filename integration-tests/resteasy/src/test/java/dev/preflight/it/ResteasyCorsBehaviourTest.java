package dev.preflight.it;

class ResteasyCorsBehaviourTest extends CorsBehaviourContract {
    @Override
    protected TestServer.Factory runtime() {
        return ResteasyServer::start;
    }
}
