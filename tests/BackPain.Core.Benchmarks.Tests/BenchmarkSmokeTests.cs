using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace BackPain.Core.Benchmarks.Tests;

/// <summary>
/// Every benchmark method runs once, with every combination of its parameters, without throwing and with a result:
/// called directly (global setup, the method, global cleanup), not through BenchmarkDotNet, so it is quick and a
/// broken benchmark fails <c>dotnet test</c> rather than a benchmark run.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    public static TheoryData<string> BenchmarkClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in BenchmarkTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Fact]
    public void The_benchmark_assembly_has_the_benchmarks_the_issue_asks_for()
    {
        BenchmarkTypes().Select(t => t.Name).Should().BeEquivalentTo(
            nameof(AssessBenchmarks), nameof(PlanBenchmarks), nameof(CheckInBenchmarks), nameof(CheckInCurveBenchmarks), nameof(JsonBenchmarks),
            nameof(WorstCaseBenchmarks));
        Combinations(typeof(PlanBenchmarks)).Should().HaveCount(3 * 4, "plans of 28, 90 and 365 days with 0, 10, 100 and 1,000 workouts");
        Combinations(typeof(CheckInCurveBenchmarks)).Should().HaveCount(6 * 2, "0, 50, 100, 200, 400 and 800 check-ins, spread or on one date");
        Combinations(typeof(AssessBenchmarks)).Should().HaveCount(Examples.All.Count, "one run per named example");
        typeof(AssessBenchmarks).GetMethods().Count(m => m.GetCustomAttribute<BenchmarkAttribute>()?.Baseline == true)
            .Should().Be(1, "the library's Assess is the baseline, so BenchmarkDotNet prints the ratio to it");
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public async Task Every_benchmark_method_runs_once_without_throwing(string className)
    {
        var type = BenchmarkTypes().Single(t => t.Name == className);
        var benchmarks = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToList();
        benchmarks.Should().NotBeEmpty();

        foreach (var parameters in Combinations(type))
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var (property, value) in parameters)
            {
                property.SetValue(instance, value);
            }

            Invoke<GlobalSetupAttribute>(type, instance);
            foreach (var benchmark in benchmarks)
            {
                var result = await Unwrap(benchmark.Invoke(instance, null));
                result.Should().NotBeNull($"{type.Name}.{benchmark.Name} with {Describe(parameters)} returns its work");
            }

            Invoke<GlobalCleanupAttribute>(type, instance);
        }
    }

    private static IEnumerable<Type> BenchmarkTypes() => typeof(AssessBenchmarks).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null));

    /// <summary>Every combination of the values of the type's [Params] and [ParamsAllValues] properties.</summary>
    private static List<List<(PropertyInfo Property, object? Value)>> Combinations(Type type)
    {
        List<List<(PropertyInfo, object?)>> combinations = [[]];
        foreach (var property in type.GetProperties())
        {
            object?[]? values = property.GetCustomAttribute<ParamsAttribute>() is { } fixedValues ? fixedValues.Values
                : property.GetCustomAttribute<ParamsAllValuesAttribute>() is not null ? AllValues(property.PropertyType)
                : null;
            if (values is null)
            {
                continue;
            }

            combinations = [.. combinations.SelectMany(c => values.Select(v => new List<(PropertyInfo, object?)>(c) { (property, v) }))];
        }

        return combinations;
    }

    private static object?[] AllValues(Type type) => type == typeof(bool) ? [false, true]
        : type.IsEnum ? [.. Enum.GetValues(type).Cast<object>()]
        : throw new NotSupportedException($"[ParamsAllValues] on {type}");

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }

    private static async Task<object?> Unwrap(object? result)
    {
        switch (result)
        {
            case Task task:
                await task;
                return task.GetType().GetProperty("Result")?.GetValue(task);
            case not null when result.GetType().IsGenericType && result.GetType().GetGenericTypeDefinition() == typeof(ValueTask<>):
                var asTask = (Task)result.GetType().GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null)!;
                return await Unwrap(asTask);
            default:
                return result;
        }
    }

    private static string Describe(List<(PropertyInfo Property, object? Value)> parameters)
        => parameters.Count == 0 ? "no parameters" : string.Join(", ", parameters.Select(p => $"{p.Property.Name}={p.Value}"));
}
