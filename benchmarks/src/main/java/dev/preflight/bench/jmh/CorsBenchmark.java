package dev.preflight.bench.jmh;

import dev.preflight.bench.exchange.Exchange;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every implementation's benchmark shares: one operation is one prepared request through the
 * implementation's CORS code, with a fresh response (header map included) each time. Each class
 * verifies in its setup that the implementation answers the scenario correctly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class CorsBenchmark {
    private Exchange exchange;

    /** The implementation's exchange for the subclass's scenario parameter, verified. */
    protected abstract Exchange exchange();

    @Setup
    public void prepare() {
        exchange = exchange();
    }

    @Benchmark
    public Object cors() {
        return exchange.run();
    }
}
