namespace BackPain.Core.Tests;

public class ValidationErrorTests
{
    [Fact]
    public void Constructor_KeepsPathCodeMessageAndAttemptedValue()
    {
        var error = new ValidationError("redFlags[2]", ValidationCode.NotAllowed, "is not a red-flag question.", Symptom.SharpPain);

        error.Path.Should().Be("redFlags[2]");
        error.Code.Should().Be(ValidationCode.NotAllowed);
        error.Message.Should().Be("is not a red-flag question.");
        error.AttemptedValue.Should().Be(Symptom.SharpPain);
    }

    [Fact]
    public void Constructor_WithoutAnAttemptedValue_HasNone()
        => new ValidationError("severity", ValidationCode.Required, "is required.").AttemptedValue.Should().BeNull();

    [Fact]
    public void ToString_NamesThePathThenTheMessage()
    {
        var text = new ValidationError("age", ValidationCode.OutOfRange, "must be between 0 and 130.", 200).ToString();

        text.Should().StartWith("age").And.EndWith("must be between 0 and 130.");
    }

    [Fact]
    public void Equality_SamePathCodeMessageAndValue_IsEqual()
    {
        new ValidationError("age", ValidationCode.OutOfRange, "x", 200).Should().Be(new ValidationError("age", ValidationCode.OutOfRange, "x", 200));
        new ValidationError("age", ValidationCode.OutOfRange, "x").Should().NotBe(new ValidationError("severity", ValidationCode.OutOfRange, "x"));
        new ValidationError("age", ValidationCode.OutOfRange, "x").Should().NotBe(new ValidationError("age", ValidationCode.Required, "x"));
    }

    /// <summary>Apps branch on the codes and store them: their numbers and names are a contract.</summary>
    [Fact]
    public void Codes_KeepTheirNumbersAndNames()
        => Enum.GetValues<ValidationCode>().Select(c => $"{(int)c}:{c}").Should().Equal(
            "0:Required", "1:OutOfRange", "2:UnknownId", "3:NotAllowed", "4:OutOfOrder", "5:Contradiction", "6:TooMany", "7:Malformed");
}
