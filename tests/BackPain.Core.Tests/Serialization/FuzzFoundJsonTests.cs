using System.Text.Json;
using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// Documents that fuzzing found escaping the readers with an undocumented exception (fuzz/regressions/checkin): each
/// must give the documented error, a <see cref="BackPainValidationException"/> from <see cref="BackPainJson"/> and a
/// <see cref="JsonException"/> wrapping one from plain <see cref="JsonSerializer"/>.
/// </summary>
public sealed class FuzzFoundJsonTests
{
    private static readonly JsonSerializerOptions Options = BackPainJson.Configure(new JsonSerializerOptions());

    /// <summary>A check-in whose trend holds a byte that is not UTF-8 (0xFF).</summary>
    private static readonly byte[] NotUtf8 = [.. """{"date": "2026-12-08", "pain": 2, "trend": "b"""u8, 0xFF, .. "\"}"u8];

    [Fact]
    public void DeserializeCheckIn_StreamThatIsNotUtf8_ThrowsAValidationErrorSayingSo()
    {
        var act = () => BackPainJson.DeserializeCheckIn(new MemoryStream(NotUtf8));

        act.Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Path == "$" && e.Code == ValidationCode.Malformed && e.Message.Contains("UTF-8"));
    }

    [Fact]
    public void JsonSerializer_CheckInThatIsNotUtf8_ThrowsAJsonExceptionWrappingTheValidationError()
    {
        var act = () => JsonSerializer.Deserialize<CheckInReport>(NotUtf8, Options);

        act.Should().Throw<JsonException>().WithInnerException<BackPainValidationException>()
            .Which.Errors.Should().ContainSingle(e => e.Code == ValidationCode.Malformed);
    }

    [Fact]
    public void JsonSerializer_CheckInWithADuplicatePropertyAndAnotherProblem_ThrowsAJsonExceptionWrappingTheValidationError()
    {
        const string Json = """{"date": "2026-12-08", "clearance": "soon", "pain": 2, "trend": "better", "clearance": "none"}""";

        var act = () => JsonSerializer.Deserialize<CheckInReport>(Json, Options);

        act.Should().Throw<JsonException>().WithInnerException<BackPainValidationException>()
            .Which.Errors.Should().NotBeEmpty();
        FluentActions.Invoking(() => BackPainJson.DeserializeCheckIn(Json)).Should().Throw<BackPainValidationException>();
    }
}
