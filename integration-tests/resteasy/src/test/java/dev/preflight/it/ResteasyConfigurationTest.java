package dev.preflight.it;

class ResteasyConfigurationTest extends ConfigurationContract {
    @Override
    protected String serverClass() {
        return ResteasyServer.class.getName();
    }
}
