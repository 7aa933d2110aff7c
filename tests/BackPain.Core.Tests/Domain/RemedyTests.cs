using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Domain;

public class RemedyTests
{
    [Fact]
    public void All_IsTheEightRemediesOfTheSpec_InItsOrder()
    {
        Remedy.All.Should().Equal(
            Remedy.Ice, Remedy.Heat, Remedy.IceThenHeat, Remedy.PainMedicine, Remedy.Stretching, Remedy.Rest,
            Remedy.StrengthenCore, Remedy.SeeClinician);
    }

    [Theory]
    [InlineData("ice", DoseKind.TimesPerDay, 2, 3, 15, 20)]
    [InlineData("heat", DoseKind.TimesPerDay, 2, 3, 15, 15)]
    [InlineData("iceThenHeat", DoseKind.TimesPerDay, 2, 3, 15, 20)]
    [InlineData("painMedicine", DoseKind.FollowTheLabel, 0, 0, null, null)]
    [InlineData("stretching", DoseKind.TimesPerDay, 1, 1, null, null)]
    [InlineData("rest", DoseKind.NotApplicable, 0, 0, null, null)]
    [InlineData("strengthenCore", DoseKind.TimesPerWeek, 3, 3, null, null)]
    [InlineData("seeClinician", DoseKind.NotApplicable, 0, 0, null, null)]
    public void Dose_Default_IsTheSpecDose(string id, DoseKind kind, int minTimes, int maxTimes, int? minMinutes, int? maxMinutes)
    {
        // domain.md §3: ice 2–3 a day, 15–20 min; heat 2–3 a day, about 15 min; ice then heat like ice; pain medicine
        // per the label; stretching daily; rest and seeing a clinician have no dose; core work in regular sessions
        // (three a week is the library's default).
        var dose = Remedy.FromId(id).Dose;

        dose.Kind.Should().Be(kind, "the dose kind of {0}", id);
        dose.MinTimes.Should().Be(minTimes, "the fewest sessions of {0}", id);
        dose.MaxTimes.Should().Be(maxTimes, "the most sessions of {0}", id);
        dose.MinMinutesPerSession.Should().Be(minMinutes, "the shortest session of {0}", id);
        dose.MaxMinutesPerSession.Should().Be(maxMinutes, "the longest session of {0}", id);
    }

    [Fact]
    public void Dose_OfStretching_ReadsOnceADay()
    {
        // domain.md §3: stretching daily.
        Remedy.Stretching.Dose.Text.Should().ContainEquivalentOf("once a day");
    }

    [Fact]
    public void Dose_OfIceThenHeat_IsTheDoseOfIce()
    {
        Remedy.IceThenHeat.Dose.Should().Be(Remedy.Ice.Dose);
    }

    [Theory]
    [InlineData("ice", "article", "consensus")]
    [InlineData("heat", "article", "consensus")]
    [InlineData("iceThenHeat", "consensus", "libraryDefault")]
    [InlineData("painMedicine", "article", "niceNg59")]
    [InlineData("stretching", "article")]
    [InlineData("rest", "article", "niceNg59")]
    [InlineData("strengthenCore", "article")]
    [InlineData("seeClinician", "article", "niceCksRedFlags")]
    public void Sources_OfRemedyAndDose_AreTheSourcesTheSpecCites(string id, params string[] sourceIds)
    {
        // The dose may also be a number the library chose (LibraryDefault), as the spec allows.
        var cited = sourceIds.Select(Source.FromId).ToList();
        var remedy = Remedy.FromId(id);

        remedy.Source.Should().BeOneOf(cited, "the source of {0}", id);
        remedy.Dose.Source.Should().BeOneOf([.. cited, Source.LibraryDefault], "the source of the dose of {0}", id);
    }

    [Fact]
    public void Cautions_OfPainMedicine_NameWhoShouldNotTakeIbuprofen()
    {
        // domain.md §3: not for people with stomach ulcers, kidney disease, some asthma, or in late pregnancy.
        var cautions = string.Join(" ", Remedy.PainMedicine.Cautions);

        cautions.Should().ContainEquivalentOf("ibuprofen")
            .And.ContainEquivalentOf("ulcer")
            .And.ContainEquivalentOf("kidney")
            .And.ContainEquivalentOf("asthma")
            .And.ContainEquivalentOf("pregnan")
            .And.ContainEquivalentOf("pharmacist");
    }

    [Fact]
    public void Cautions_OfPainMedicine_SayParacetamolAloneIsNotRecommended()
    {
        // domain.md §3, after NICE NG59.
        string.Join(" ", Remedy.PainMedicine.Cautions).Should().ContainEquivalentOf("paracetamol").And.ContainEquivalentOf("not recommended");
    }

    [Fact]
    public void Cautions_OfIce_SayNeverOnBareSkin()
    {
        string.Join(" ", Remedy.Ice.Cautions).Should().ContainEquivalentOf("bare skin");
    }

    [Theory]
    [InlineData("heat")]
    [InlineData("iceThenHeat")]
    public void WhenToUse_OfHeat_KeepsItOutOfTheFirst48Hours(string id)
    {
        Remedy.FromId(id).WhenToUse.Should().Contain("48 hours");
    }

    [Fact]
    public void WhenToUse_OfStrengthenCore_SaysOnlyOnceAnInjuryHasHealed()
    {
        Remedy.StrengthenCore.WhenToUse.Should().ContainEquivalentOf("healed");
    }

    [Fact]
    public void WhenToUse_OfRest_SaysStayActiveNotBedRest()
    {
        Remedy.Rest.WhenToUse.Should().ContainEquivalentOf("active").And.ContainEquivalentOf("bed rest");
    }

    [Fact]
    public void WhenToUse_OfStretching_SaysTheWholeBody()
    {
        Remedy.Stretching.WhenToUse.Should().ContainEquivalentOf("whole body");
    }

    [Fact]
    public void NameAndWhenToUse_OfEveryRemedy_AreDistinctTexts()
    {
        Remedy.All.Select(r => r.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => !string.IsNullOrWhiteSpace(n));
        Remedy.All.Select(r => r.WhenToUse).Should().OnlyHaveUniqueItems().And.OnlyContain(w => w.Length > 10);
        Remedy.All.SelectMany(r => r.Cautions).Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c));
    }

    [Fact]
    public void Ids_AreUniqueAndCamelCase()
    {
        Remedy.All.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => DomainSpec.IsCamelCase(id));
    }

    [Fact]
    public void FromId_EveryId_GivesBackTheSameRemedy()
    {
        foreach (var remedy in Remedy.All)
        {
            Remedy.FromId(remedy.Id).Should().BeSameAs(remedy);
            Remedy.TryFromId(remedy.Id, out var found).Should().BeTrue();
            found.Should().BeSameAs(remedy);
        }
    }

    [Fact]
    public void FromId_UnknownId_ThrowsArgumentExceptionListingEveryKnownId()
    {
        var act = () => Remedy.FromId("massage");

        var message = act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("id").Which.Message;
        message.Should().Contain("massage");
        foreach (var remedy in Remedy.All)
        {
            message.Should().Contain(remedy.Id);
        }
    }
}
