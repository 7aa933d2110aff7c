using BackPain.Core;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// The library's closed vocabularies, so a client can show names instead of ids: the wire format carries ids
/// (<c>pulledMuscle</c>), a person reads names (<c>Pulled muscle (strain)</c>). Every entry comes from the
/// library's own catalogues (<c>Cause.All</c>, <c>Symptom.RedFlagQuestions</c>, …), in their order, with the names in
/// the request's language (<see cref="BackPainTexts"/>).
/// </summary>
/// <param name="Causes">The causes weighed.</param>
/// <param name="TriageLevels">The triage levels, lowest first.</param>
/// <param name="Symptoms">Every symptom a report can imply.</param>
/// <param name="RedFlagQuestions">The red-flag questions a report answers in <c>redFlags</c>.</param>
/// <param name="CheckInSymptoms">The findings a check-in may report in <c>newSymptoms</c> (<c>CheckInReport.SymptomsAllowed</c>).</param>
/// <param name="Exercises">The catalogue's exercises.</param>
/// <param name="Muscles">The muscle groups a plan tracks.</param>
/// <param name="Remedies">The remedies.</param>
/// <param name="Sources">Where the rules come from.</param>
internal sealed record Catalogue(
    IReadOnlyList<CatalogueCause> Causes,
    IReadOnlyList<CatalogueEntry> TriageLevels,
    IReadOnlyList<CatalogueEntry> Symptoms,
    IReadOnlyList<CatalogueRedFlag> RedFlagQuestions,
    IReadOnlyList<CatalogueFinding> CheckInSymptoms,
    IReadOnlyList<CatalogueExercise> Exercises,
    IReadOnlyList<CatalogueEntry> Muscles,
    IReadOnlyList<CatalogueEntry> Remedies,
    IReadOnlyList<CatalogueEntry> Sources)
{
    /// <summary>The catalogue with the names and texts of <paramref name="texts"/>' culture (sources are citations, not translated).</summary>
    public static Catalogue In(BackPainTexts texts) => new(
        [.. Cause.All.Select(c => new CatalogueCause(c.Id, texts.Name(c), texts.Description(c), c.IsInjury, c.NeedsClinician))],
        [.. TriageLevel.All.Select(t => new CatalogueEntry(t.Id, texts.Text(t)))],
        [.. Symptom.All.Select(s => new CatalogueEntry(s.Id, texts.Text(s)))],
        [.. Symptom.RedFlagQuestions.Select(s => new CatalogueRedFlag(s.Id, texts.Text(s), s.RedFlagLevel!.Id))],
        [.. CheckInReport.SymptomsAllowed.Select(s => new CatalogueFinding(s.Id, texts.Text(s), s.RedFlagLevel?.Id))],
        [.. Exercise.All.Select(e => new CatalogueExercise(e.Id, texts.Name(e), e.IsStrenuousForSpine, e.IsCoreWork))],
        [.. MuscleGroup.All.Select(m => new CatalogueEntry(m.Id, texts.Name(m)))],
        [.. Remedy.All.Select(r => new CatalogueEntry(r.Id, texts.Name(r)))],
        [.. Source.All.Select(s => new CatalogueEntry(s.Id, s.Citation))]);
}

/// <summary>An id and the text a person reads.</summary>
/// <param name="Id">The id used in the wire format.</param>
/// <param name="Name">The name or text a person reads.</param>
internal sealed record CatalogueEntry(string Id, string Name);

/// <summary>A cause with its description.</summary>
/// <param name="Id">The id used in the wire format.</param>
/// <param name="Name">The name a person reads.</param>
/// <param name="Description">What the cause is, in plain words.</param>
/// <param name="IsInjury">Whether it is an injury that must heal before core work.</param>
/// <param name="NeedsClinician">Whether it needs a clinician's assessment.</param>
internal sealed record CatalogueCause(string Id, string Name, string Description, bool IsInjury, bool NeedsClinician);

/// <summary>A red-flag question and the triage level a "yes" requires at least.</summary>
/// <param name="Id">The id used in <c>redFlags</c>.</param>
/// <param name="Name">The question's finding in plain words.</param>
/// <param name="Level">The id of the triage level it requires at least.</param>
internal sealed record CatalogueRedFlag(string Id, string Name, string Level);

/// <summary>A finding a check-in may report as new, and the triage level it requires at least if it is a warning sign.</summary>
/// <param name="Id">The id used in <c>newSymptoms</c>.</param>
/// <param name="Name">The finding in plain words.</param>
/// <param name="Level">The id of the triage level it requires at least, or <see langword="null"/> when it is not a warning sign.</param>
internal sealed record CatalogueFinding(string Id, string Name, string? Level);

/// <summary>An exercise of the catalogue.</summary>
/// <param name="Id">The id used in <c>exercises</c>.</param>
/// <param name="Name">The name a person reads.</param>
/// <param name="IsStrenuousForSpine">Whether it loads the spine heavily.</param>
/// <param name="IsCoreWork">Whether it is core work.</param>
internal sealed record CatalogueExercise(string Id, string Name, bool IsStrenuousForSpine, bool IsCoreWork);
