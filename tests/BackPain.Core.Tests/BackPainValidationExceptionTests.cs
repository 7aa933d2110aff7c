namespace BackPain.Core.Tests;

public class BackPainValidationExceptionTests
{
    private static readonly ValidationError[] ThreeErrors =
    [
        new("severity", ValidationCode.OutOfRange, "must be between 0 and 10 inclusive; it was 11.", 11),
        new("painDurationDays", ValidationCode.OutOfRange, "must be between 0 and 3650 days."),
        new("age", ValidationCode.OutOfRange, "must be between 0 and 130 inclusive; it was 200."),
    ];

    [Fact]
    public void Exception_IsAnArgumentException_NamingTheFirstBadFieldAsParameter()
    {
        var exception = new BackPainValidationException("symptom report", ThreeErrors);

        exception.Should().BeAssignableTo<ArgumentException>();
        exception.ParamName.Should().Be("severity");
    }

    [Fact]
    public void Errors_AreEveryProblemInOrder()
    {
        new BackPainValidationException("symptom report", ThreeErrors).Errors.Should().Equal(ThreeErrors);
    }

    [Fact]
    public void Message_SaysWhatWasInvalid_AndListsEveryProblem()
    {
        var message = new BackPainValidationException("symptom report", ThreeErrors).Message;

        message.Should().Contain("symptom report");
        foreach (var error in ThreeErrors)
        {
            message.Should().Contain(error.Path).And.Contain(error.Message);
        }
    }

    [Fact]
    public void Constructor_ChangingTheCallersListAfterwards_DoesNotChangeTheErrors()
    {
        List<ValidationError> errors = [ThreeErrors[0]];
        var exception = new BackPainValidationException("workout", errors);

        errors.Add(ThreeErrors[1]);

        exception.Errors.Should().Equal(ThreeErrors[0]);
    }

    [Fact]
    public void Message_SeparatesTheProblemsSoEachCanBeRead()
        => new BackPainValidationException("symptom report", ThreeErrors).Message
            .Should().Contain($"{ThreeErrors[0]}; {ThreeErrors[1]}; {ThreeErrors[2]}");

    [Fact]
    public void Exception_WithNoErrors_NamesNoParameter()
        => new BackPainValidationException("symptom report", []).ParamName.Should().BeNull();
}
