package dev.preflight.it;

/** {@link CorsBehaviourContract} on Jersey on Grizzly. */
class GrizzlyCorsBehaviourTest extends CorsBehaviourContract {
    @Override
    protected TestServer.Factory runtime() {
        return GrizzlyServer::start;
    }
}
