using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Runs the benchmarks chosen on the command line, for example:
//   dotnet run -c Release --project benchmarks/BackPain.Core.Benchmarks -- --filter '*' --job short
// The targets are medians, so the Median column is always shown; every class carries [MemoryDiagnoser].
var config = DefaultConfig.Instance
    .AddColumn(StatisticColumn.Median)
    .WithOption(ConfigOptions.JoinSummary, false);
BenchmarkSwitcher.FromAssembly(typeof(BackPain.Core.Benchmarks.AssessBenchmarks).Assembly).Run(args, config);
