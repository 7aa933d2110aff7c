using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Domain;

public class MuscleGroupTests
{
    [Theory]
    [InlineData("lowerBack", MuscleSize.Large)]
    [InlineData("upperBack", MuscleSize.Large)]
    [InlineData("chest", MuscleSize.Large)]
    [InlineData("glutes", MuscleSize.Large)]
    [InlineData("quadriceps", MuscleSize.Large)]
    [InlineData("hamstrings", MuscleSize.Large)]
    [InlineData("biceps", MuscleSize.Small)]
    [InlineData("triceps", MuscleSize.Small)]
    [InlineData("forearms", MuscleSize.Small)]
    [InlineData("shoulders", MuscleSize.Small)]
    [InlineData("calves", MuscleSize.Small)]
    [InlineData("core", MuscleSize.Small)]
    public void Size_Default_IsTheSizeOfTheSpecCatalogue(string id, MuscleSize size)
    {
        // domain.md §5.
        MuscleGroup.FromId(id).Size.Should().Be(size, "the size of {0}", id);
    }

    [Fact]
    public void All_IsTheTwelveGroupsOfTheSpec_LargeOnesFirst()
    {
        MuscleGroup.All.Should().Equal(
            MuscleGroup.LowerBack, MuscleGroup.UpperBack, MuscleGroup.Chest, MuscleGroup.Glutes, MuscleGroup.Quadriceps,
            MuscleGroup.Hamstrings, MuscleGroup.Biceps, MuscleGroup.Triceps, MuscleGroup.Forearms, MuscleGroup.Shoulders,
            MuscleGroup.Calves, MuscleGroup.Core);
        MuscleGroup.All.Take(6).Should().OnlyContain(m => m.Size == MuscleSize.Large);
        MuscleGroup.All.Skip(6).Should().OnlyContain(m => m.Size == MuscleSize.Small);
    }

    [Fact]
    public void IsCore_OnlyForTheCore()
    {
        MuscleGroup.All.Where(m => m.IsCore).Should().Equal(MuscleGroup.Core);
    }

    [Fact]
    public void Index_IsThePositionInAll()
    {
        MuscleGroup.All.Select(m => m.Index).Should().Equal(Enumerable.Range(0, MuscleGroup.All.Count));
    }

    [Fact]
    public void Name_OfEveryGroup_IsADistinctText()
    {
        MuscleGroup.All.Select(m => m.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => !string.IsNullOrWhiteSpace(n));
    }

    [Fact]
    public void Ids_AreUniqueAndCamelCase()
    {
        MuscleGroup.All.Select(m => m.Id).Should().OnlyHaveUniqueItems().And.OnlyContain(id => DomainSpec.IsCamelCase(id));
    }

    [Fact]
    public void FromId_EveryId_GivesBackTheSameGroup()
    {
        foreach (var muscle in MuscleGroup.All)
        {
            MuscleGroup.FromId(muscle.Id).Should().BeSameAs(muscle);
            MuscleGroup.TryFromId(muscle.Id, out var found).Should().BeTrue();
            found.Should().BeSameAs(muscle);
        }
    }

    [Fact]
    public void FromId_UnknownId_ThrowsArgumentExceptionListingEveryKnownId()
    {
        var act = () => MuscleGroup.FromId("neck");

        var message = act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("id").Which.Message;
        message.Should().Contain("neck");
        foreach (var muscle in MuscleGroup.All)
        {
            message.Should().Contain(muscle.Id);
        }
    }

    [Fact]
    public void TryFromId_Unknown_ReturnsFalse()
    {
        MuscleGroup.TryFromId("abs", out var muscle).Should().BeFalse();
        muscle.Should().BeNull();
    }

    [Fact]
    public void ToString_IsTheId()
    {
        MuscleGroup.LowerBack.ToString().Should().Be("lowerBack");
    }

    [Fact]
    public void FromId_UnknownId_SaysItIsNotAKnownMuscleGroupId()
    {
        var act = () => MuscleGroup.FromId("neck");

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("not a known muscle group id");
    }
}
