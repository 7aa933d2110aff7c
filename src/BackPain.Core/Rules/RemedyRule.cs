
namespace BackPain.Core.Rules;

/// <summary>A rule that advises a remedy when its condition holds (see <see cref="RemedyRules"/>).</summary>
internal sealed record RemedyRule
{
    internal RemedyRule(string id, Remedy remedy, Source source, Func<Facts, (bool Applies, Cause? Cause)> condition)
    {
        Id = id;
        Remedy = remedy;
        Source = source;
        Condition = condition;
    }

    /// <summary>The stable id (for example <c>remedy.ice.inflammation</c>).</summary>
    internal string Id { get; }

    /// <summary>The remedy it advises.</summary>
    internal Remedy Remedy { get; }

    /// <summary>Where the rule comes from.</summary>
    internal Source Source { get; }

    internal Func<Facts, (bool Applies, Cause? Cause)> Condition { get; }
}
