using System.Globalization;
using System.Resources;
using BackPain.Core;
using Spectre.Console;

namespace BackPain.Samples.Console;

/// <summary>
/// The sample's own words (Resources/Labels.resx, with Labels.de.resx and Labels.es.resx), and its dates and numbers,
/// in the culture of <c>--culture</c>: the same culture as the library's texts, so a screen is never half in English.
/// A culture without labels of its own falls back to its parent, then to English, as the library's texts do.
/// </summary>
internal sealed class Labels
{
    private static readonly ResourceManager Manager = new("BackPain.Samples.Console.Resources.Labels", typeof(Labels).Assembly);

    /// <summary>The neutral labels: English, dates and numbers of the invariant culture (the default, without <c>--culture</c>).</summary>
    public static readonly Labels English = new(CultureInfo.InvariantCulture);

    private Labels(CultureInfo culture) => Culture = culture;

    /// <summary>The culture the labels, dates and numbers are written for.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The labels of the culture the library's <paramref name="texts"/> are written in.</summary>
    public static Labels For(BackPainTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Culture.Equals(CultureInfo.InvariantCulture) ? English : new Labels(texts.Culture);
    }

    /// <summary>The label called <paramref name="key"/>, as plain text.</summary>
    public string this[string key]
        => Manager.GetString(key, Culture) ?? throw new InvalidOperationException($"The console sample has no label '{key}'.");

    /// <summary>The label with its placeholders filled with <paramref name="args"/>, as plain text.</summary>
    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// The label as markup, its placeholders filled with <paramref name="markup"/> (which is markup already, for
    /// example a coloured number); the label's own text is escaped.
    /// </summary>
    public string Markup(string key, params object[] markup) => string.Format(Culture, Spectre.Console.Markup.Escape(this[key]), markup);

    /// <summary>A date in full, for headings: "Tue 1 Dec 2026".</summary>
    public string Date(DateOnly date) => date.ToString(this["format.date"], Culture);

    /// <summary>A date with its weekday, for lists: "Tue 1 Dec".</summary>
    public string ShortDate(DateOnly date) => date.ToString(this["format.shortDate"], Culture);

    /// <summary>A day of the month, for calendar cells: "1 Dec".</summary>
    public string Day(DateOnly date) => date.ToString(this["format.day"], Culture);

    /// <summary>A whole number, for example a count or a pain score.</summary>
    public string Number(int number) => number.ToString(Culture);

    /// <summary>The triage level as a short headline, louder the more urgent.</summary>
    public string Title(TriageLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return this["triageTitle." + level.Id];
    }

    /// <summary>How well the evidence fits a cause, in a word.</summary>
    public string Text(LikelihoodBand band) => this["band." + band];

    /// <summary>What a restriction forbids, in a few words.</summary>
    public string Text(RestrictionKind kind) => this["restriction." + kind];

    /// <summary>What lifts a restriction.</summary>
    public string Text(LiftCondition condition) => this["lifted." + condition];

    /// <summary>How the pain is changing, in a word: "better".</summary>
    public string Text(Trend trend) => this["trend." + trend];

    /// <summary>What a clinician's clearance allows, in a few words.</summary>
    public string Scope(Clearance clearance) => this["clearedFor." + clearance];

    /// <summary>A kind of block in full words, for the reasons under the calendar.</summary>
    public string BlockTitle(PlanEntryKind kind) => this["blockTitle." + kind];

    /// <summary>A kind of block in a word, for a calendar cell.</summary>
    public string BlockLabel(PlanEntryKind kind) => this["blockLabel." + kind];

    /// <summary>
    /// When something is allowed, in a few words for the timeline: "now", a date, or the condition still open
    /// with the earliest date it could be met ("pain-free check-in, from 3 Dec"). <see cref="Availability.Text"/> says it in full.
    /// </summary>
    public string Short(Availability availability, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(availability);
        if (availability.Condition == OpenCondition.None)
        {
            return availability.NotBefore <= start ? this["short.now"] : ShortDate(availability.NotBefore);
        }

        var condition = this["short." + availability.Condition];
        return availability.NotBefore > start ? Format("short.from", condition, Day(availability.NotBefore)) : condition;
    }
}
