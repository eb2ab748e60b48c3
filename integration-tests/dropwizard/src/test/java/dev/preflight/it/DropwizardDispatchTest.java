package dev.preflight.it;

import dev.preflight.it.dispatch.DispatchContract;

/** {@link DispatchContract} on Dropwizard. */
class DropwizardDispatchTest extends DispatchContract {
    @Override
    protected TestServer.Factory runtime() {
        return DropwizardServer::start;
    }
}
