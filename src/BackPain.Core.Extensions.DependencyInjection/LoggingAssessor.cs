using Microsoft.Extensions.Logging;

namespace BackPain.Core.Extensions.DependencyInjection;

/// <summary>The registered <see cref="IBackPainAssessor"/>: the <see cref="BackPainAssessor"/> singleton, logging each assessment.</summary>
internal sealed class LoggingAssessor(BackPainAssessor assessor, ILogger<IBackPainAssessor> logger) : IBackPainAssessor
{
    public AssessorOptions Options => assessor.Options;

    public Assessment Assess(SymptomReport report)
    {
        var assessment = assessor.Assess(report);
        if (logger.IsEnabled(LogLevel.Information))
        {
            // The remedies and restrictions are built on first read; only read them when the line is written.
            var ruleIds = string.Join(", ", new[] { assessment.Triage.RuleId }
                .Concat(assessment.Remedies.Select(r => r.RuleId))
                .Concat(assessment.Restrictions.Select(r => r.RuleId))
                .Distinct(StringComparer.Ordinal));
            var top = assessment.TopCause;
            Log.Assessed(logger, assessment.Triage.Level.Id, assessment.Triage.RuleId, top.Cause.Id, top.Band, assessment.RedFlags.Count, ruleIds);
        }

        return assessment;
    }
}
