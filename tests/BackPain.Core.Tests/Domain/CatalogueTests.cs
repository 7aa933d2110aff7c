using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Domain;

/// <summary>
/// What every closed vocabulary of the library promises alike (style.md, "smart enums"): unique camelCase ids, a
/// lookup by id that gives back the same instance, a clear error for an unknown id that lists every known one, no
/// match for another casing, and <c>ToString</c> as the id. One theory per promise over the seven catalogues; what a
/// catalogue holds is pinned by its own test class.
/// </summary>
public sealed class CatalogueTests
{
    /// <summary>A catalogue: its entries, its lookups, an id it does not know and how its error names the id.</summary>
    public sealed record Catalogue(
        string Noun,
        IReadOnlyList<object> All,
        Func<object, string> Id,
        Func<string, object> FromId,
        Func<string?, object?> TryFromId,
        string UnknownId,
        string WrongCaseId)
    {
        /// <inheritdoc />
        public override string ToString() => Noun;
    }

    public static TheoryData<Catalogue> Catalogues => new(
        new Catalogue("cause", Cause.All, e => ((Cause)e).Id, Cause.FromId, id => Cause.TryFromId(id, out var e) ? e : null, "sciatica", "PulledMuscle"),
        new Catalogue("symptom", Symptom.All, e => ((Symptom)e).Id, Symptom.FromId, id => Symptom.TryFromId(id, out var e) ? e : null, "headache", "SharpPain"),
        new Catalogue("muscle group", MuscleGroup.All, e => ((MuscleGroup)e).Id, MuscleGroup.FromId, id => MuscleGroup.TryFromId(id, out var e) ? e : null, "neck", "LowerBack"),
        new Catalogue("exercise", Exercise.All, e => ((Exercise)e).Id, Exercise.FromId, id => Exercise.TryFromId(id, out var e) ? e : null, "burpee", "Squat"),
        new Catalogue("remedy", Remedy.All, e => ((Remedy)e).Id, Remedy.FromId, id => Remedy.TryFromId(id, out var e) ? e : null, "massage", "Ice"),
        new Catalogue("triage level", TriageLevel.All, e => ((TriageLevel)e).Id, TriageLevel.FromId, id => TriageLevel.TryFromId(id, out var e) ? e : null, "urgent", "SelfCare"),
        new Catalogue("source", Source.All, e => ((Source)e).Id, Source.FromId, id => Source.TryFromId(id, out var e) ? e : null, "wikipedia", "Article"));

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Ids_AreUniqueAndCamelCase(Catalogue catalogue)
    {
        catalogue.All.Select(catalogue.Id).Should().NotBeEmpty().And.OnlyHaveUniqueItems().And.OnlyContain(id => DomainSpec.IsCamelCase(id));
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void FromId_EveryId_GivesBackTheSameEntry(Catalogue catalogue)
    {
        foreach (var entry in catalogue.All)
        {
            catalogue.FromId(catalogue.Id(entry)).Should().BeSameAs(entry);
            catalogue.TryFromId(catalogue.Id(entry)).Should().BeSameAs(entry);
        }
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void FromId_UnknownId_ThrowsAValidationErrorSayingSoAndListingEveryKnownId(Catalogue catalogue)
    {
        var act = () => catalogue.FromId(catalogue.UnknownId);

        var message = act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("id").Which.Message;
        message.Should().Contain(catalogue.UnknownId).And.Contain($"not a known {catalogue.Noun} id");
        foreach (var entry in catalogue.All)
        {
            message.Should().Contain(catalogue.Id(entry));
        }
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void FromId_WrongCase_IsUnknown(Catalogue catalogue)
    {
        var act = () => catalogue.FromId(catalogue.WrongCaseId);

        act.Should().ThrowExactly<BackPainValidationException>();
        catalogue.TryFromId(catalogue.WrongCaseId).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void FromId_Null_ThrowsArgumentNullExceptionNamingId(Catalogue catalogue)
    {
        var act = () => catalogue.FromId(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void TryFromId_NullEmptyOrUnknown_FindsNothing(Catalogue catalogue)
    {
        catalogue.TryFromId(null).Should().BeNull();
        catalogue.TryFromId("").Should().BeNull();
        catalogue.TryFromId(catalogue.UnknownId).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void ToString_OfEveryEntry_IsItsId(Catalogue catalogue)
    {
        foreach (var entry in catalogue.All)
        {
            entry.ToString().Should().Be(catalogue.Id(entry));
        }
    }
}
