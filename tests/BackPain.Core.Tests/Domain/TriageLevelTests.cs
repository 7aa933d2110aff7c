using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Domain;

public class TriageLevelTests
{
    private static readonly TriageLevel[] LowestToHighest =
        [TriageLevel.SelfCare, TriageLevel.SeeDoctor, TriageLevel.SeeDoctorUrgently, TriageLevel.Emergency];

    public static TheoryData<int, int> OrderedPairs()
    {
        var data = new TheoryData<int, int>();
        for (var lower = 0; lower < LowestToHighest.Length; lower++)
        {
            for (var higher = lower + 1; higher < LowestToHighest.Length; higher++)
            {
                data.Add(lower, higher);
            }
        }

        return data;
    }

    [Fact]
    public void All_IsSelfCareSeeDoctorSeeDoctorUrgentlyEmergency_LowestFirst()
    {
        TriageLevel.All.Should().Equal(LowestToHighest);
    }

    [Theory]
    [MemberData(nameof(OrderedPairs))]
    public void Operators_LowerLevel_IsLessUrgentThanHigherLevel(int lower, int higher)
    {
        var low = LowestToHighest[lower];
        var high = LowestToHighest[higher];

        (low < high).Should().BeTrue();
        (low <= high).Should().BeTrue();
        (high > low).Should().BeTrue();
        (high >= low).Should().BeTrue();
        (low > high).Should().BeFalse();
        (low >= high).Should().BeFalse();
        (high < low).Should().BeFalse();
        (high <= low).Should().BeFalse();
        (low == high).Should().BeFalse();
        (low != high).Should().BeTrue();
        low.CompareTo(high).Should().BeNegative();
        high.CompareTo(low).Should().BePositive();
    }

    [Fact]
    public void Operators_SameLevel_IsNeitherLessNorMoreUrgent()
    {
        foreach (var level in LowestToHighest)
        {
            var same = TriageLevel.FromId(level.Id);
            (level <= same).Should().BeTrue();
            (level >= same).Should().BeTrue();
            (level < same).Should().BeFalse();
            (level > same).Should().BeFalse();
            (level == same).Should().BeTrue();
            level.CompareTo(same).Should().Be(0);
        }
    }

    [Fact]
    public void Sorting_ShuffledLevels_GivesSelfCareFirstAndEmergencyLast()
    {
        TriageLevel[] shuffled = [TriageLevel.Emergency, TriageLevel.SelfCare, TriageLevel.SeeDoctorUrgently, TriageLevel.SeeDoctor];

        shuffled.Order().Should().Equal(LowestToHighest);
    }

    [Fact]
    public void CompareTo_Null_SortsNullFirst()
    {
        TriageLevel.SelfCare.CompareTo(null).Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(OrderedPairs))]
    public void Max_TwoLevels_IsTheMoreUrgentEitherWayRound(int lower, int higher)
    {
        var low = LowestToHighest[lower];
        var high = LowestToHighest[higher];

        TriageLevel.Max(low, high).Should().BeSameAs(high);
        TriageLevel.Max(high, low).Should().BeSameAs(high);
        TriageLevel.Max(low, low).Should().BeSameAs(low);
    }

    [Fact]
    public void Max_Null_ThrowsArgumentNullException()
    {
        var act = () => TriageLevel.Max(TriageLevel.SelfCare, null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("selfCare", false)]
    [InlineData("seeDoctor", false)]
    [InlineData("seeDoctorUrgently", true)]
    [InlineData("emergency", true)]
    public void SuspendsTraining_IsTrueFromSeeDoctorUrgentlyUp(string id, bool suspends)
    {
        // domain.md §6.7: a red flag at SeeDoctorUrgently or Emergency suspends all training.
        TriageLevel.FromId(id).SuspendsTraining.Should().Be(suspends);
    }

    [Fact]
    public void Rank_CountsUpFromZero_InOrder()
    {
        LowestToHighest.Select(l => l.Rank).Should().Equal(0, 1, 2, 3);
    }

    [Fact]
    public void Text_OfEveryLevel_IsADistinctSentenceAPersonReads()
    {
        TriageLevel.All.Select(l => l.Text).Should().OnlyHaveUniqueItems()
            .And.OnlyContain(text => text.Length > 10);
    }

    [Fact]
    public void Text_OfEmergency_SaysToGetEmergencyCareNow()
    {
        TriageLevel.Emergency.Text.Should().ContainEquivalentOf("emergency").And.ContainEquivalentOf("now");
        TriageLevel.SeeDoctorUrgently.Text.Should().ContainEquivalentOf("today");
    }

    [Fact]
    public void Ids_AreUniqueAndCamelCase()
    {
        TriageLevel.All.Select(l => l.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => DomainSpec.IsCamelCase(id));
    }

    [Fact]
    public void FromId_EveryId_GivesBackTheSameLevel()
    {
        foreach (var level in TriageLevel.All)
        {
            TriageLevel.FromId(level.Id).Should().BeSameAs(level);
        }
    }

    [Fact]
    public void FromId_UnknownId_ThrowsArgumentExceptionListingEveryKnownId()
    {
        var act = () => TriageLevel.FromId("urgent");

        var message = act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("id").Which.Message;
        message.Should().Contain("urgent");
        foreach (var level in TriageLevel.All)
        {
            message.Should().Contain(level.Id);
        }
    }

    [Fact]
    public void TryFromId_UnknownId_ReturnsFalse()
    {
        TriageLevel.TryFromId("SelfCare", out var level).Should().BeFalse();
        level.Should().BeNull();
    }

    [Fact]
    public void Equals_OnlyItself()
    {
        TriageLevel.SeeDoctor.Equals(TriageLevel.SeeDoctor).Should().BeTrue();
        TriageLevel.SeeDoctor.Equals(TriageLevel.SelfCare).Should().BeFalse();
        TriageLevel.SeeDoctor.Equals(null).Should().BeFalse();
        TriageLevel.All.Select(l => l.GetHashCode()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Max_NullLeft_ThrowsNamingLeft()
    {
        var act = () => TriageLevel.Max(null!, TriageLevel.SelfCare);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("left");
    }

    [Fact]
    public void Max_NullRight_ThrowsNamingRight()
    {
        var act = () => TriageLevel.Max(TriageLevel.Emergency, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("right");
    }

    [Fact]
    public void Operators_NullOnEitherSide_SortNullBelowEveryLevel_AsCompareToDoes()
    {
        TriageLevel? none = null;

        foreach (var level in LowestToHighest)
        {
            (none! < level).Should().BeTrue();
            (none! <= level).Should().BeTrue();
            (none! > level).Should().BeFalse();
            (none! >= level).Should().BeFalse();
            (level > none!).Should().BeTrue();
            (level >= none!).Should().BeTrue();
            (level < none!).Should().BeFalse();
        }
    }

    [Fact]
    public void Operators_NullAgainstNull_AreEqualInOrder()
    {
        TriageLevel? none = null;
        TriageLevel? alsoNone = null;

        (none! <= alsoNone!).Should().BeTrue();
        (none! >= alsoNone!).Should().BeTrue();
        (none! < alsoNone!).Should().BeFalse();
        (none! > alsoNone!).Should().BeFalse();
    }

    [Fact]
    public void FromId_UnknownId_SaysItIsNotAKnownTriageLevelId()
    {
        var act = () => TriageLevel.FromId("urgent");

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("not a known triage level id");
    }

    [Fact]
    public void ToString_IsTheId()
    {
        foreach (var level in TriageLevel.All)
        {
            level.ToString().Should().Be(level.Id);
        }
    }
}
