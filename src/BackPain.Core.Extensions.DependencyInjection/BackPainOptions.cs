namespace BackPain.Core.Extensions.DependencyInjection;

/// <summary>
/// The options of the engines that <c>AddBackPain</c> registers: the library's own immutable
/// <see cref="AssessorOptions"/> and <see cref="PlannerOptions"/>, held here so that configuration and the caller's
/// delegate can replace them (<c>options.Planner = options.Planner with { CheckInInterval = Days.Of(3) }</c>).
/// They are checked with the library's own <c>Validate()</c> when the app starts; a problem stops it with a message
/// that names the configuration key, for example <c>BackPain:Planner:CheckInIntervalDays</c>.
/// </summary>
/// <remarks>
/// In configuration the keys are the property names under <c>Assessor</c> and <c>Planner</c>, a day count with its
/// unit in its name as in the JSON (<c>CheckInIntervalDays</c>; see
/// <see cref="DefaultSectionName"/>); day counts are whole numbers of days and the culture is a name such as
/// <c>de-DE</c>. The engines are built once, so a change to the configuration takes effect when the app restarts.
/// </remarks>
public sealed class BackPainOptions
{
    /// <summary>The configuration section read by <c>AddBackPain()</c>: <c>BackPain</c>.</summary>
    public const string DefaultSectionName = "BackPain";

    /// <summary>The assessor's options; <see cref="AssessorOptions.Default"/> until configuration or a delegate replaces them.</summary>
    public AssessorOptions Assessor { get; set; } = AssessorOptions.Default;

    /// <summary>The planner's options; <see cref="PlannerOptions.Default"/> until configuration or a delegate replaces them.</summary>
    public PlannerOptions Planner { get; set; } = PlannerOptions.Default;

    /// <summary>The configuration path the settings came from, for messages: the section's path, or <c>BackPain</c>.</summary>
    internal string SectionPath { get; set; } = DefaultSectionName;

    /// <summary>The configuration values that could not be read (not a number, an unknown key), each naming its key.</summary>
    internal List<string> ConfigurationErrors { get; } = [];
}
