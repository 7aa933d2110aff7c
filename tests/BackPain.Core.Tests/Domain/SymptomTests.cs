using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Domain;

public class SymptomTests
{
    /// <summary>Every finding and the triage level it raises triage to (domain.md §4), or null when it is no red flag.</summary>
    public static TheoryData<string, string?> RedFlagLevels { get; } = new()
    {
        // Findings of the report that are no red flag (domain.md §1 and §2).
        { "onsetDuringWorkout", null },
        { "onsetHoursAfter", null },
        { "onsetNextDayOrLater", null },
        { "dullAche", null },
        { "sharpPain", null },
        { "shootingPain", null },
        { "mildPain", null },
        { "moderatePain", null },
        { "popHeard", null },
        { "hardToStandUp", null },
        { "suddenJerk", null },
        { "postureBrokeDown", null },
        { "musclesTight", null },
        { "recursAfterSessions", null },
        { "gettingBetter", null },
        { "painOnBothSides", null },
        { "hardOrUnaccustomedWorkout", null },
        { "squatOrDeadlift", null },
        { "liftingOrRunning", null },
        { "lastedOverAWeek", null },

        // SeeDoctor: pain down a leg; severe pain (7+); not better after a week, or worse; under 20 or over 50.
        { "painDownOneLeg", "seeDoctor" },
        { "severePain", "seeDoctor" },
        { "notBetterAfterAWeek", "seeDoctor" },
        { "gettingWorse", "seeDoctor" },
        { "ageUnder20OrOver50", "seeDoctor" },
        { "lastedOverTwoWeeks", null },

        // SeeDoctorUrgently: fever; trauma; cancer history; weight loss; constant night pain; pop with severe pain;
        // unable to stand or walk.
        { "fever", "seeDoctorUrgently" },
        { "significantTrauma", "seeDoctorUrgently" },
        { "cancerHistory", "seeDoctorUrgently" },
        { "unexplainedWeightLoss", "seeDoctorUrgently" },
        { "constantNightPain", "seeDoctorUrgently" },
        { "popWithSeverePain", "seeDoctorUrgently" },
        { "unableToStandOrWalk", "seeDoctorUrgently" },

        // Emergency: cauda equina syndrome; exertional rhabdomyolysis.
        { "saddleNumbness", "emergency" },
        { "bladderProblems", "emergency" },
        { "bowelIncontinence", "emergency" },
        { "legWeakness", "emergency" },
        { "numbnessBothLegs", "emergency" },
        { "darkUrine", "emergency" },
        { "extremeMusclePainAndSwelling", "emergency" },
    };

    [Theory]
    [MemberData(nameof(RedFlagLevels))]
    public void RedFlagLevel_OfEveryFinding_IsTheLevelOfTheSpec(string id, string? levelId)
    {
        var symptom = Symptom.FromId(id);

        if (levelId is null)
        {
            symptom.IsRedFlag.Should().BeFalse("{0} is no red flag", id);
            symptom.RedFlagLevel.Should().BeNull();
            symptom.RedFlagSource.Should().BeNull();
        }
        else
        {
            symptom.IsRedFlag.Should().BeTrue("{0} is a red flag", id);
            symptom.RedFlagLevel.Should().BeSameAs(TriageLevel.FromId(levelId), "the level of {0}", id);
            symptom.RedFlagSource.Should().NotBeNull();
        }
    }

    [Fact]
    public void RedFlagLevels_CoverEveryFindingOfTheCatalogue()
    {
        var pinned = RedFlagLevels.Select(row => (string)row[0]).ToList();

        Symptom.All.Select(s => s.Id).Should().BeEquivalentTo(pinned, "a new finding needs its red-flag level pinned here");
    }

    [Fact]
    public void FindingsNamedByTheIssue_AreAllInTheCatalogue()
    {
        // Issue 4: onset, character, pop heard, hard to stand up, pain down one leg, both legs, sudden jerk,
        // posture broke down, muscles tight, recurs after sessions, getting worse.
        Symptom[] named =
        [
            Symptom.OnsetDuringWorkout, Symptom.OnsetHoursAfter, Symptom.OnsetNextDayOrLater, Symptom.DullAche,
            Symptom.SharpPain, Symptom.ShootingPain, Symptom.PopHeard, Symptom.HardToStandUp, Symptom.PainDownOneLeg,
            Symptom.NumbnessBothLegs, Symptom.SuddenJerk, Symptom.PostureBrokeDown, Symptom.MusclesTight,
            Symptom.RecursAfterSessions, Symptom.GettingWorse,
        ];

        Symptom.All.Should().Contain(named);
    }

    [Theory]
    [InlineData("saddleNumbness")]
    [InlineData("bladderProblems")]
    [InlineData("bowelIncontinence")]
    [InlineData("legWeakness")]
    [InlineData("numbnessBothLegs")]
    [InlineData("fever")]
    [InlineData("significantTrauma")]
    [InlineData("cancerHistory")]
    [InlineData("unexplainedWeightLoss")]
    [InlineData("constantNightPain")]
    [InlineData("unableToStandOrWalk")]
    public void RedFlagSource_OfTheNiceRedFlags_IsNiceCks(string id)
    {
        Symptom.FromId(id).RedFlagSource.Should().BeSameAs(Source.NiceCksRedFlags);
    }

    [Theory]
    [InlineData("darkUrine")]
    [InlineData("extremeMusclePainAndSwelling")]
    public void RedFlagSource_OfRhabdomyolysis_IsConsensus(string id)
    {
        Symptom.FromId(id).RedFlagSource.Should().BeSameAs(Source.Consensus);
    }

    [Fact]
    public void RedFlagSource_OfPopWithSeverePain_IsTheArticle()
    {
        Symptom.PopWithSeverePain.RedFlagSource.Should().BeSameAs(Source.Article);
    }

    [Fact]
    public void RedFlagSource_OfTheSeeDoctorFlags_IsTheArticleOrNiceCks()
    {
        foreach (var symptom in Symptom.All.Where(s => s.RedFlagLevel == TriageLevel.SeeDoctor))
        {
            symptom.RedFlagSource.Should().BeOneOf([Source.Article, Source.NiceCksRedFlags], "the source of {0}", symptom.Id);
        }
    }

    [Fact]
    public void RedFlagQuestions_AreTheRedFlagsThatNoOtherAnswerImplies()
    {
        Symptom.RedFlagQuestions.Select(s => s.Id).Should().BeEquivalentTo(DomainSpec.RedFlagQuestionIds);
        Symptom.RedFlagQuestions.Should().OnlyContain(s => s.IsRedFlagQuestion && s.IsRedFlag);
        Symptom.All.Where(s => s.IsRedFlagQuestion).Should().Equal(Symptom.RedFlagQuestions);
    }

    [Fact]
    public void Catalogue_FitsInTheSixtyFourBitsOfASymptomSet()
    {
        Symptom.All.Count.Should().BeLessThanOrEqualTo(64);
    }

    [Fact]
    public void Index_IsThePositionInAll()
    {
        Symptom.All.Select(s => s.Index).Should().Equal(Enumerable.Range(0, Symptom.All.Count));
        Symptom.All.Select((s, i) => Symptom.FromIndex(i) == s).Should().OnlyContain(same => same);
    }

    [Fact]
    public void Text_OfEveryFinding_IsADistinctSentence()
    {
        Symptom.All.Select(s => s.Text).Should().OnlyHaveUniqueItems().And.OnlyContain(t => !string.IsNullOrWhiteSpace(t));
    }

    [Fact]
    public void Ids_AreUniqueAndCamelCase()
    {
        Symptom.All.Select(s => s.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => DomainSpec.IsCamelCase(id));
    }

    [Fact]
    public void FromId_EveryId_GivesBackTheSameFinding()
    {
        foreach (var symptom in Symptom.All)
        {
            Symptom.FromId(symptom.Id).Should().BeSameAs(symptom);
            Symptom.TryFromId(symptom.Id, out var found).Should().BeTrue();
            found.Should().BeSameAs(symptom);
        }
    }

    [Fact]
    public void FromId_UnknownId_ThrowsArgumentExceptionListingEveryKnownId()
    {
        var act = () => Symptom.FromId("headache");

        var message = act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("id").Which.Message;
        message.Should().Contain("headache");
        foreach (var symptom in Symptom.All)
        {
            message.Should().Contain(symptom.Id);
        }
    }

    [Fact]
    public void TryFromId_Null_ReturnsFalse()
    {
        Symptom.TryFromId(null, out var symptom).Should().BeFalse();
        symptom.Should().BeNull();
    }

    [Fact]
    public void FromId_UnknownId_SaysItIsNotAKnownSymptomId()
    {
        var act = () => Symptom.FromId("headache");

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("not a known symptom id");
    }
}
