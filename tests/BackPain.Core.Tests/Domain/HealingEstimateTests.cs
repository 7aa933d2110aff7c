
namespace BackPain.Core.Tests.Domain;

public class HealingEstimateTests
{
    [Fact]
    public void Constructor_MinimumTypicalMaximumInOrder_KeepsEveryValue()
    {
        var estimate = new HealingEstimate(Days.Of(7), Days.Of(21), Days.Of(42), requiresClinicianClearance: true, Source.Consensus);

        estimate.Minimum.Should().Be(Days.Of(7));
        estimate.Typical.Should().Be(Days.Of(21));
        estimate.Maximum.Should().Be(Days.Of(42));
        estimate.RequiresClinicianClearance.Should().BeTrue();
        estimate.Source.Should().BeSameAs(Source.Consensus);
    }

    [Fact]
    public void Constructor_AllThreeEqual_IsAllowed()
    {
        var act = () => new HealingEstimate(Days.Of(5), Days.Of(5), Days.Of(5), false, Source.LibraryDefault);

        act.Should().NotThrow();
    }

    [Fact]
    public void Constructor_TypicalBelowMinimum_ThrowsNamingTypical()
    {
        var act = () => new HealingEstimate(Days.Of(7), Days.Of(6), Days.Of(42), false, Source.Consensus);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("typical");
    }

    [Fact]
    public void Constructor_MaximumBelowTypical_ThrowsNamingMaximum()
    {
        var act = () => new HealingEstimate(Days.Of(7), Days.Of(21), Days.Of(20), false, Source.Consensus);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("maximum");
    }

    [Fact]
    public void Constructor_NullSource_ThrowsNamingSource()
    {
        var act = () => new HealingEstimate(Days.Of(1), Days.Of(2), Days.Of(3), false, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void Equality_SameFigures_IsEqualWithSameHashCode()
    {
        var a = new HealingEstimate(Days.Of(1), Days.Of(3), Days.Of(7), false, Source.Consensus);
        var b = new HealingEstimate(Days.Of(1), Days.Of(3), Days.Of(7), false, Source.Consensus);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new HealingEstimate(Days.Of(1), Days.Of(3), Days.Of(7), true, Source.Consensus));
        a.Should().NotBe(new HealingEstimate(Days.Of(1), Days.Of(3), Days.Of(8), false, Source.Consensus));
    }

    [Fact]
    public void Constructor_TypicalBelowMinimum_SaysTypicalMustBeAtLeastTheMinimum()
    {
        var act = () => new HealingEstimate(Days.Of(7), Days.Of(6), Days.Of(42), false, Source.Consensus);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("minimum").And.Contain("7 days");
    }

    [Fact]
    public void Constructor_MaximumBelowTypical_SaysMaximumMustBeAtLeastTheTypical()
    {
        var act = () => new HealingEstimate(Days.Of(7), Days.Of(21), Days.Of(20), false, Source.Consensus);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("typical").And.Contain("21 days");
    }

    [Fact]
    public void Constructor_AllThreePeriodsOutOfOrder_ListsTypicalAndMaximumAsOutOfOrder()
    {
        var act = () => new HealingEstimate(Days.Of(7), Days.Of(5), Days.Of(3), false, Source.Consensus);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("typical", ValidationCode.OutOfOrder, Days.Of(5)),
            ("maximum", ValidationCode.OutOfOrder, Days.Of(3)));
    }
}
