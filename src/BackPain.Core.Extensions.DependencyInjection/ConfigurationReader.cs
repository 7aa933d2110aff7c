using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace BackPain.Core.Extensions.DependencyInjection;

/// <summary>
/// Reads the <c>BackPain</c> configuration section into <see cref="BackPainOptions"/>, by hand rather than with the
/// configuration binder: the library's options are immutable records (set with <c>with</c>), day counts are
/// <see cref="Days"/>, and a value that cannot be read must give a message that names its key and what is allowed,
/// never a .NET type. Unknown keys under <c>Assessor</c> and <c>Planner</c> are errors too, so that a misspelt
/// setting does not pass unnoticed.
/// </summary>
internal static class ConfigurationReader
{
    private static readonly string[] AssessorKeys = [nameof(AssessorOptions.LikelyThreshold), nameof(AssessorOptions.Culture)];

    // Day counts carry their unit, as in the library's JSON and in PlannerOptions.Validate()'s paths.
    private const string ExtraRestSmallDays = "ExtraRestSmallDays";
    private const string ExtraRestLargeDays = "ExtraRestLargeDays";
    private const string CheckInIntervalDays = "CheckInIntervalDays";

    private static readonly string[] PlannerKeys =
    [
        ExtraRestSmallDays, ExtraRestLargeDays, nameof(PlannerOptions.HardRpeThreshold),
        CheckInIntervalDays, nameof(PlannerOptions.IceDays), nameof(PlannerOptions.HeatDays),
    ];

    internal static void Read(IConfiguration section, BackPainOptions options)
    {
        options.SectionPath = section is IConfigurationSection s ? s.Path : BackPainOptions.DefaultSectionName;
        var errors = options.ConfigurationErrors;
        var assessor = section.GetSection("Assessor");
        CheckKeys(assessor, AssessorKeys, options);
        var a = options.Assessor;
        if (Value(assessor, nameof(AssessorOptions.LikelyThreshold)) is { } threshold)
        {
            if (double.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                a = a with { LikelyThreshold = value };
            }
            else
            {
                errors.Add($"{Key(options, "Assessor", nameof(AssessorOptions.LikelyThreshold))}: must be a number such as 0.6; it was '{threshold}'.");
            }
        }

        if (Value(assessor, nameof(AssessorOptions.Culture)) is { } name)
        {
            try
            {
                a = a with { Culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true) };
            }
            catch (CultureNotFoundException)
            {
                errors.Add($"{Key(options, "Assessor", nameof(AssessorOptions.Culture))}: must be a culture name such as 'en' or 'de-DE' (empty for English); it was '{name}'.");
            }
        }

        options.Assessor = a;

        var planner = section.GetSection("Planner");
        CheckKeys(planner, PlannerKeys, options);
        var p = options.Planner;
        p = p with
        {
            ExtraRestSmall = DaysOf(planner, ExtraRestSmallDays, p.ExtraRestSmall, options),
            ExtraRestLarge = DaysOf(planner, ExtraRestLargeDays, p.ExtraRestLarge, options),
            HardRpeThreshold = IntOf(planner, nameof(PlannerOptions.HardRpeThreshold), options) ?? p.HardRpeThreshold,
            CheckInInterval = DaysOf(planner, CheckInIntervalDays, p.CheckInInterval, options),
            IceDays = DaysOf(planner, nameof(PlannerOptions.IceDays), p.IceDays, options),
            HeatDays = DaysOf(planner, nameof(PlannerOptions.HeatDays), p.HeatDays, options),
        };
        options.Planner = p;
    }

    /// <summary>The configuration key of a setting, for messages: <c>BackPain:Planner:CheckInIntervalDays</c>.</summary>
    internal static string Key(BackPainOptions options, string group, string property) => $"{options.SectionPath}:{group}:{property}";

    private static string? Value(IConfigurationSection group, string key) => group[key] is { Length: > 0 } value ? value.Trim() : null;

    private static void CheckKeys(IConfigurationSection group, string[] known, BackPainOptions options)
    {
        foreach (var child in group.GetChildren())
        {
            if (!known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                options.ConfigurationErrors.Add($"{child.Path}: is not a setting; the settings under {group.Path} are {string.Join(", ", known)}.");
            }
        }
    }

    private static int? IntOf(IConfigurationSection group, string key, BackPainOptions options)
    {
        if (Value(group, key) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        options.ConfigurationErrors.Add($"{Key(options, group.Key, key)}: must be a whole number; it was '{text}'.");
        return null;
    }

    private static Days DaysOf(IConfigurationSection group, string key, Days current, BackPainOptions options)
    {
        if (IntOf(group, key, options) is not { } count)
        {
            return current;
        }

        if (count < 0 || count > Days.MaxCount)
        {
            options.ConfigurationErrors.Add($"{Key(options, group.Key, key)}: must be a whole number of days from 0; it was {count.ToString(CultureInfo.InvariantCulture)}.");
            return current;
        }

        return Days.Of(count);
    }
}
