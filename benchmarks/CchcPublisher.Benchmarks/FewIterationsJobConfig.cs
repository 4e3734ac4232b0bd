namespace CchcPublisher.Benchmarks;

/// <summary>For benchmarks taking seconds per call: one warm-up and three iterations, in process.</summary>
public sealed class FewIterationsJobConfig() : InProcessJobConfig(warmupCount: 1, iterationCount: 3);
