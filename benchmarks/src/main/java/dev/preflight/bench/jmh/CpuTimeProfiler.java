package dev.preflight.bench.jmh;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation ({@code cpu.time.norm}, ns/op): the CPU time the benchmark's JVM used during an
 * iteration over the operations it ran. On a machine shared with other builds, wall-clock time counts
 * the time the benchmark waited for a core; CPU time counts only what it ran, so ratios between
 * implementations hold under load (caches and a hyperthread sibling's work still disturb it). It
 * includes the JIT's and the garbage collector's threads, which are nearly idle once warmed up.
 * Use: {@code -prof dev.preflight.bench.jmh.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private long startCpuNanos;

    @Override
    public String getDescription() {
        return "CPU time per operation, which waiting for a core does not count";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startCpuNanos = processCpuNanos();
    }

    @Override
    @SuppressWarnings("rawtypes") // as JMH declares it
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long ops = result.getMetadata().getAllOps();
        double perOp = ops == 0 ? Double.NaN : (double) (processCpuNanos() - startCpuNanos) / ops;
        return List.of(new ScalarResult("cpu.time.norm", perOp, "ns/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
