namespace BackPain.Core.Extensions.DependencyInjection;

/// <summary>
/// The registered <see cref="BackPainAssessor"/> with logging: inject this to assess reports and have each
/// assessment's triage level, top cause band and rule ids logged (never a report's answers). <c>AddBackPain</c>
/// registers it as a singleton; substitute it in tests of code that assesses.
/// </summary>
public interface IBackPainAssessor
{
    /// <summary>The options the assessor was built with, from configuration.</summary>
    AssessorOptions Options { get; }

    /// <summary>Assesses a report, as <see cref="BackPainAssessor.Assess"/> does, and logs the outcome.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    Assessment Assess(SymptomReport report);
}
