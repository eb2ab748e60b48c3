package dev.preflight.it;

/** {@link CorsBehaviourContract} on RESTEasy's dispatcher servlet in Jetty. */
class JettyCorsBehaviourTest extends CorsBehaviourContract {
    @Override
    protected TestServer.Factory runtime() {
        return JettyServer::start;
    }
}
