namespace BackPain.Core.Tests;

public class ValidationResultTests
{
    private static readonly ValidationError SeverityError = new("severity", ValidationCode.OutOfRange, "must be between 0 and 10 inclusive; it was 11.", 11);
    private static readonly ValidationError AgeError = new("age", ValidationCode.OutOfRange, "must be between 0 and 130 inclusive; it was 200.", 200);

    [Fact]
    public void Valid_HasNoErrors()
    {
        ValidationResult.Valid.IsValid.Should().BeTrue();
        ValidationResult.Valid.Errors.Should().BeEmpty();
        new ValidationResult([]).Should().Be(ValidationResult.Valid);
    }

    [Fact]
    public void AResultWithErrors_IsInvalid_AndKeepsThemInOrder()
    {
        var result = new ValidationResult([SeverityError, AgeError]);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Equal(SeverityError, AgeError);
    }

    [Fact]
    public void Constructor_ChangingTheCallersListAfterwards_DoesNotChangeTheResult()
    {
        List<ValidationError> errors = [SeverityError];
        var result = new ValidationResult(errors);

        errors.Add(AgeError);

        result.Errors.Should().Equal(SeverityError);
    }

    [Fact]
    public void Constructor_NullErrors_ThrowsArgumentNullException()
    {
        var act = () => new ValidationResult(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("errors");
    }

    [Fact]
    public void ThrowIfInvalid_Valid_DoesNotThrow()
    {
        var act = () => ValidationResult.Valid.ThrowIfInvalid("symptom report");

        act.Should().NotThrow();
    }

    [Fact]
    public void ThrowIfInvalid_Invalid_ThrowsOneExceptionListingEveryError()
    {
        var result = new ValidationResult([SeverityError, AgeError]);

        var act = () => result.ThrowIfInvalid("symptom report");

        var thrown = act.Should().ThrowExactly<BackPainValidationException>().Which;
        thrown.Errors.Should().Equal(SeverityError, AgeError);
        thrown.Message.Should().Contain("symptom report").And.Contain("severity").And.Contain("age").And.Contain("130");
    }

    [Fact]
    public void Equality_SameErrors_IsEqualWithSameHashCode()
    {
        var a = new ValidationResult([SeverityError, AgeError]);
        var b = new ValidationResult([new ValidationError("severity", ValidationCode.OutOfRange, SeverityError.Message, 11), new ValidationError("age", ValidationCode.OutOfRange, AgeError.Message, 200)]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new ValidationResult([AgeError, SeverityError]));
        a.Should().NotBe(ValidationResult.Valid);
    }

    [Fact]
    public void ToString_OfAnInvalidResult_NamesEveryPath()
    {
        new ValidationResult([SeverityError, AgeError]).ToString().Should().Contain("severity").And.Contain("age");
    }

    [Fact]
    public void ToString_OfAValidResult_SaysValid() => ValidationResult.Valid.ToString().Should().Be("valid");

    [Fact]
    public void ToString_OfAnInvalidResult_ListsEveryProblemSeparated()
        => new ValidationResult([SeverityError, AgeError]).ToString().Should().Be($"{SeverityError}; {AgeError}");
}
