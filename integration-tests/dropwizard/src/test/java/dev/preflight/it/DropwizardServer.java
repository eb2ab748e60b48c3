package dev.preflight.it;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import jakarta.ws.rs.ApplicationPath;
import java.net.URI;
import java.util.List;

/**
 * A Dropwizard 5 service on 127.0.0.1 and a free port, as a Dropwizard user writes one: the Jakarta REST
 * application's classes and singletons registered on Dropwizard's Jersey environment, Jersey mapped at
 * the application's {@code @ApplicationPath}, Dropwizard's defaults otherwise (its exception mappers,
 * Jetty's gzip handler). Nothing of Preflight is registered: Jersey's Jakarta REST service loading
 * finds the generated feature.
 */
final class DropwizardServer implements TestServer {
    private final DropwizardTestSupport<Configuration> support;
    private final URI base;

    private DropwizardServer(jakarta.ws.rs.core.Application jakartaRest) throws Exception {
        String path = "/" + jakartaRest.getClass().getAnnotation(ApplicationPath.class).value();
        support = new DropwizardTestSupport<>(Service.class, configuration(path)) {
            @Override
            public Application<Configuration> newApplication() {
                return new Service(jakartaRest);
            }
        };
        try {
            support.before();
        } catch (Exception | Error e) {
            support.after();
            throw e;
        }
        base = URI.create("http://127.0.0.1:" + support.getLocalPort() + path + "/");
    }

    static TestServer start(jakarta.ws.rs.core.Application application) throws Exception {
        return new DropwizardServer(application);
    }

    private static Configuration configuration(String path) {
        HttpConnectorFactory connector = new HttpConnectorFactory();
        connector.setBindHost("127.0.0.1");
        connector.setPort(0);
        SimpleServerFactory server = new SimpleServerFactory();
        server.setConnector(connector);
        server.setApplicationContextPath("/");
        server.setJerseyRootPath(path + "/*");
        // tens of thousands of requests per test class: no access log
        LogbackAccessRequestLogFactory requestLog = new LogbackAccessRequestLogFactory();
        requestLog.setAppenders(List.of());
        server.setRequestLogFactory(requestLog);
        Configuration configuration = new Configuration();
        configuration.setServerFactory(server);
        DefaultLoggingFactory logging = new DefaultLoggingFactory();
        logging.setLevel("WARN");
        configuration.setLoggingFactory(logging);
        return configuration;
    }

    @Override
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        support.after();
    }

    /** The Dropwizard application: registers the Jakarta REST application's parts on Jersey. */
    static final class Service extends Application<Configuration> {
        private final jakarta.ws.rs.core.Application application;

        Service(jakarta.ws.rs.core.Application application) {
            this.application = application;
        }

        @Override
        @SuppressWarnings("deprecation") // getSingletons: deprecated in Jakarta REST 3.1, still deployed by Jersey
        public void run(Configuration configuration, Environment environment) {
            application.getClasses().forEach(environment.jersey()::register);
            application.getSingletons().forEach(environment.jersey()::register);
            application.getProperties().forEach(environment.jersey()::property);
        }
    }
}
