package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Container;
import org.openjdk.jmh.annotations.Param;

/** An implementation run as Jakarta REST filters, measured in the objects of each runtime. */
public abstract class JaxrsBenchmark extends CorsBenchmark {
    /** Whose header maps and {@code RuntimeDelegate} the request and responses are made of. */
    @Param({"JERSEY", "RESTEASY"})
    public Container container;
}
