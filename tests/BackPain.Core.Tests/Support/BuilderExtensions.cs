
namespace BackPain.Core.Tests.Support;

/// <summary>Lets a test change answers inline: <c>Reports.DomsAnswers().Also(a =&gt; a.Age = 60).Validate()</c>.</summary>
public static class BuilderExtensions
{
    /// <summary>Applies <paramref name="change"/> to <paramref name="answers"/> and returns them.</summary>
    public static SymptomReportBuilder Also(this SymptomReportBuilder answers, Action<SymptomReportBuilder> change)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(change);
        change(answers);
        return answers;
    }
}
