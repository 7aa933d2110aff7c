using Microsoft.Extensions.Options;

namespace BackPain.Core.Extensions.DependencyInjection;

/// <summary>
/// Checks <see cref="BackPainOptions"/> with the library's own <see cref="AssessorOptions.Validate"/> and
/// <see cref="PlannerOptions.Validate"/>, and adds what could not be read from configuration. Each failure names the
/// configuration key (the library's camelCase path under <c>BackPain:Assessor</c> or <c>BackPain:Planner</c>) and
/// carries the library's message, for example <c>BackPain:Planner:CheckInIntervalDays: must be between 1 and 7 inclusive; it was 9.</c>
/// </summary>
internal sealed class BackPainOptionsValidator : IValidateOptions<BackPainOptions>
{
    public ValidateOptionsResult Validate(string? name, BackPainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>(options.ConfigurationErrors);
        if (options.Assessor is null)
        {
            failures.Add($"{options.SectionPath}:Assessor: must not be null.");
        }
        else
        {
            failures.AddRange(options.Assessor.Validate().Errors.Select(e => Failure(options, "Assessor", e)));
        }

        if (options.Planner is null)
        {
            failures.Add($"{options.SectionPath}:Planner: must not be null.");
        }
        else
        {
            failures.AddRange(options.Planner.Validate().Errors.Select(e => Failure(options, "Planner", e)));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Failure(BackPainOptions options, string group, ValidationError error)
        => $"{ConfigurationReader.Key(options, group, char.ToUpperInvariant(error.Path[0]) + error.Path[1..])}: {error.Message}";
}
