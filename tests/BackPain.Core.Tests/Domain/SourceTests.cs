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
}
