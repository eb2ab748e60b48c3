package dev.preflight.bench.exchange;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.RuntimeDelegate;
import org.glassfish.jersey.internal.util.collection.GuardianStringKeyMultivaluedMap;
import org.glassfish.jersey.message.internal.HeaderUtils;
import org.jboss.resteasy.core.Headers;
import org.jboss.resteasy.core.providerfactory.ResteasyProviderFactoryImpl;
import org.jboss.resteasy.util.CaseInsensitiveMap;

/**
 * The runtime whose objects a benchmark's request and response are made of: its header maps, which
 * decide what a lookup costs, and its {@link RuntimeDelegate}, which builds every {@code Response}.
 *
 * <p>Jersey 3.1 keeps request and response headers in a {@code StringKeyIgnoreCaseMultivaluedMap}
 * (a hash map that hashes a lower-case copy of each name it is given, so a name with capitals costs a
 * copy per lookup) wrapped in a {@code GuardianStringKeyMultivaluedMap} that watches
 * {@code Content-Type} (and {@code Accept} on requests), as {@code InboundMessageContext} and
 * {@code OutboundMessageContext} make them. RESTEasy 6.2 keeps request headers in a
 * {@code CaseInsensitiveMap} and a response's in {@code Headers}: tree maps ordered ignoring case,
 * which never copy a name.
 */
public enum Container {
    JERSEY {
        @Override
        public MultivaluedMap<String, String> newRequestHeaders() {
            GuardianStringKeyMultivaluedMap<String> headers = new GuardianStringKeyMultivaluedMap<>(
                    HeaderUtils.createInbound());
            headers.setGuard("Content-Type");
            headers.setGuard("Accept");
            return headers;
        }

        @Override
        public MultivaluedMap<String, Object> newResponseHeaders() {
            GuardianStringKeyMultivaluedMap<Object> headers = new GuardianStringKeyMultivaluedMap<>(
                    HeaderUtils.createOutbound());
            headers.setGuard("Content-Type");
            return headers;
        }

        @Override
        RuntimeDelegate newRuntimeDelegate() {
            return new org.glassfish.jersey.internal.RuntimeDelegateImpl();
        }
    },
    RESTEASY {
        @Override
        public MultivaluedMap<String, String> newRequestHeaders() {
            return new CaseInsensitiveMap<>();
        }

        @Override
        public MultivaluedMap<String, Object> newResponseHeaders() {
            return new Headers<>();
        }

        @Override
        RuntimeDelegate newRuntimeDelegate() {
            return new ResteasyProviderFactoryImpl();
        }
    };

    private RuntimeDelegate delegate;

    /** An empty map of request headers as this runtime makes it. */
    public abstract MultivaluedMap<String, String> newRequestHeaders();

    /** An empty map of response headers as this runtime makes it. */
    public abstract MultivaluedMap<String, Object> newResponseHeaders();

    abstract RuntimeDelegate newRuntimeDelegate();

    /**
     * Makes this runtime build every {@code Response} from now on. Jersey and RESTEasy are both on the
     * classpath (for the end-to-end runs), so service loading alone would pick one for both. The
     * delegate is global: a JMH fork measures one runtime; a test installs it before each check.
     */
    public synchronized void install() {
        if (delegate == null) {
            delegate = newRuntimeDelegate();
        }
        RuntimeDelegate.setInstance(delegate);
    }
}
