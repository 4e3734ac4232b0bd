using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CchcPublisher.Benchmarks;

/// <summary>
/// Short runs (1 launch, 3 warm-ups, 5 iterations) in this process. In-process because the default toolchain
/// rebuilds the app in a generated project for every run, which on the shared 2-core machine exceeded
/// BenchmarkDotNet's 2-minute build timeout; in-process loses nothing that these benchmarks measure.
/// </summary>
public class InProcessJobConfig : ManualConfig
{
    public InProcessJobConfig()
        : this(warmupCount: 3, iterationCount: 5)
    {
    }

    protected InProcessJobConfig(int warmupCount, int iterationCount)
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("InProcessShort"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
