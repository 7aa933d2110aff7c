using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Domain;

public class SourceTests
{
    [Fact]
    public void All_ListsTheFiveSourcesOfTheSpec_InOrder()
    {
        Source.All.Should().Equal(Source.Article, Source.NiceNG59, Source.NiceCksRedFlags, Source.Consensus, Source.LibraryDefault);
    }

    [Fact]
    public void Ids_AreUniqueAndCamelCase()
    {
        Source.All.Select(s => s.Id).Should().OnlyHaveUniqueItems()
            .And.OnlyContain(id => DomainSpec.IsCamelCase(id));
    }

    [Fact]
    public void FromId_EveryId_GivesBackTheSameSource()
    {
        foreach (var source in Source.All)
        {
            Source.FromId(source.Id).Should().BeSameAs(source);
            Source.TryFromId(source.Id, out var found).Should().BeTrue();
            found.Should().BeSameAs(source);
        }
    }

    [Fact]
    public void FromId_UnknownId_ThrowsArgumentExceptionListingEveryKnownId()
    {
        var act = () => Source.FromId("wikipedia");

        var thrown = act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("id").Which;
        thrown.Message.Should().Contain("wikipedia");
        foreach (var source in Source.All)
        {
            thrown.Message.Should().Contain(source.Id);
        }
    }

    [Fact]
    public void FromId_Null_ThrowsArgumentNullException()
    {
        var act = () => Source.FromId(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("id");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Article")]
    [InlineData("nice")]
    public void TryFromId_NotAnId_ReturnsFalse(string? id)
    {
        Source.TryFromId(id, out var found).Should().BeFalse();
        found.Should().BeNull();
    }

    [Fact]
    public void Citation_OfEverySource_IsAPlainSentence()
    {
        Source.All.Should().OnlyContain(s => !string.IsNullOrWhiteSpace(s.Citation) && s.Citation != s.Id);
    }

    [Fact]
    public void Citation_OfTheNiceSources_NamesTheGuidanceTheSpecCites()
    {
        Source.NiceNG59.Citation.Should().Contain("NG59");
        Source.NiceCksRedFlags.Citation.Should().Contain("Clinical Knowledge Summary").And.Contain("red flags");
    }

    [Fact]
    public void ToString_IsTheId()
    {
        Source.Consensus.ToString().Should().Be(Source.Consensus.Id);
    }
}
