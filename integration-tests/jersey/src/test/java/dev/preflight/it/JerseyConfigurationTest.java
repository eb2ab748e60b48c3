package dev.preflight.it;

class JerseyConfigurationTest extends ConfigurationContract {
    @Override
    protected String serverClass() {
        return JerseyServer.class.getName();
    }
}
