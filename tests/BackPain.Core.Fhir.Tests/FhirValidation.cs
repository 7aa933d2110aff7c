using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace BackPain.Core.Fhir.Tests;

/// <summary>
/// Firely's validator against the base R4 specification, offline (the specification.zip of
/// Hl7.Fhir.Specification.Data.R4). Built once per test run: it caches the structure definitions it compiles.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Instance = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    });

    /// <summary>
    /// Every how many generated cases a property test validates one (the others are checked structurally): the
    /// validator takes a quarter to a third of a second per resource, so validating 1,000 cases adds minutes to every
    /// run. <c>BACKPAIN_FHIR_VALIDATE_EVERY=1</c> validates every case (docs/reliability.md gives the figures of such a
    /// run); otherwise <paramref name="usually"/>.
    /// </summary>
    public static int Every(int usually)
        => int.TryParse(Environment.GetEnvironmentVariable("BACKPAIN_FHIR_VALIDATE_EVERY"), out var every) && every >= 1 ? every : usually;

    /// <summary>The errors and fatal issues the validator finds in <paramref name="resource"/> (warnings left out).</summary>
    public static IReadOnlyList<string> Errors(Resource resource)
    {
        OperationOutcome outcome;
        lock (Instance)
        {
            outcome = Instance.Value.Validate(resource);
        }

        return outcome.Issue
            .Where(issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(issue => $"{string.Join(", ", issue.Expression ?? [])}: {issue.Details?.Text ?? issue.Diagnostics}")
            .ToList();
    }
}
