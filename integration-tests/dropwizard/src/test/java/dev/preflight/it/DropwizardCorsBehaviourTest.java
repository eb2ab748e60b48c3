package dev.preflight.it;

/**
 * {@link CorsBehaviourContract} on Dropwizard, with two things its container does outside Jakarta REST:
 * Jetty's gzip handler adds {@code Vary: Accept-Encoding} to responses that set no {@code Vary}, and
 * Jetty's error handling, which Jersey reaches through {@code sendError} for an error without an
 * entity, drops {@code Vary} and sends {@code Cache-Control: no-store}.
 */
class DropwizardCorsBehaviourTest extends CorsBehaviourContract {
    @Override
    protected TestServer.Factory runtime() {
        return DropwizardServer::start;
    }

    @Override
    protected String containerVary() {
        return "Accept-Encoding";
    }

    @Override
    protected boolean containerDropsVaryOnErrors() {
        return true;
    }
}
