namespace BackPain.Core;

/// <summary>
/// One rule the library can fire, described for a person or an audit screen: the id that the outputs carry
/// (<see cref="Evidence.RuleId"/>, <see cref="RedFlag.RuleId"/>, <see cref="TriageResult.RuleId"/>,
/// <see cref="RemedyAdvice.RuleId"/>, <see cref="Restriction.RuleId"/>, <see cref="PlanEntry.RuleId"/>,
/// <see cref="Conflict.RuleId"/>), what kind of rule it is, what it says (in English; <see cref="BackPainTexts.Text(RuleDescription)"/> gives it in an assessment's culture), and its source. <see cref="RuleCatalogue.All"/> lists every one.
/// </summary>
public sealed record RuleDescription
{
    private readonly Func<Internal.TextTable, string> _text;

    /// <summary>A rule whose text <paramref name="text"/> reads from the texts of a culture (by the rule's stable id).</summary>
    internal RuleDescription(string id, RuleKind kind, Func<Internal.TextTable, string> text, Source source)
    {
        Id = id;
        Kind = kind;
        _text = text;
        Text = text(Internal.Texts.Neutral);
        Source = source;
    }

    /// <summary>The stable id, as the outputs carry it (for example <c>triage.suspectedSlippedDisc</c>).</summary>
    public string Id { get; }

    /// <summary>Which rule table the rule belongs to.</summary>
    public RuleKind Kind { get; }

    /// <summary>What the rule says, in one line a person reads, in the library's neutral language, English (from its resources, by the rule's id; <see cref="BackPainTexts.Text(RuleDescription)"/> gives it in another culture).</summary>
    public string Text { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }

    /// <summary>What the rule says in the culture of <paramref name="texts"/>.</summary>
    internal string TextIn(Internal.TextTable texts) => _text(texts);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Text}";
}
