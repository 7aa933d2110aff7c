using BackPain.Core.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Runs the benchmarks chosen on the command line, for example:
//   dotnet run -c Release --project benchmarks/BackPain.Core.Benchmarks -- --filter '*' --job short --iterationCount 15
// The targets are medians, so the Median column is always shown; every class carries [MemoryDiagnoser].
// BenchmarkDotNet builds its own copy of the project, which on a busy two-core machine takes longer than its default
// two-minute limit, so the limit is ten minutes.
//
// --cpu-time (instead of --job) measures with the benchmark thread's CPU time rather than the wall clock, in process,
// 3 warm-ups and 15 iterations: on a shared machine whose cores other processes keep busy, it leaves out the time the
// benchmark waited for a core. See ThreadCpuClock.
var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median)
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
if (args.Contains("--cpu-time"))
{
    args = [.. args.Where(a => a != "--cpu-time")];
    config = config.AddJob(Job.ShortRun
        .WithIterationCount(15)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithClock(ThreadCpuClock.Instance)
        .WithId("CpuTime"));
}

BenchmarkSwitcher.FromAssembly(typeof(AssessBenchmarks).Assembly).Run(args, config);
