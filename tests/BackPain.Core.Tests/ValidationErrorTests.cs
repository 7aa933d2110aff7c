namespace BackPain.Core.Tests;

public class ValidationErrorTests
{
    [Fact]
    public void Constructor_KeepsPathAndMessage()
    {
        var error = new ValidationError("redFlags[2]", "is not a red-flag question.");

        error.Path.Should().Be("redFlags[2]");
        error.Message.Should().Be("is not a red-flag question.");
    }

    [Fact]
    public void ToString_NamesThePathThenTheMessage()
    {
        var text = new ValidationError("age", "must be between 0 and 130.").ToString();

        text.Should().StartWith("age").And.EndWith("must be between 0 and 130.");
    }

    [Fact]
    public void Equality_SamePathAndMessage_IsEqual()
    {
        new ValidationError("age", "x").Should().Be(new ValidationError("age", "x"));
        new ValidationError("age", "x").Should().NotBe(new ValidationError("severity", "x"));
    }
}
