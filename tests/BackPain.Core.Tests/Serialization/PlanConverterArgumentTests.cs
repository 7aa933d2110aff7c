using System.Globalization;
using System.Text.Json;
using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// The public converters and schema lookups, called directly as a host's own code might call them: a null argument is
/// a programmer error named as such, not a crash somewhere inside the writer.
/// </summary>
public class PlanConverterArgumentTests
{
    /// <summary>Each public converter's <c>Write</c> with a null value, by converter name.</summary>
    public static TheoryData<string> Converters { get; } =
    [
        nameof(AssessmentJsonConverter), nameof(CheckInReportJsonConverter), nameof(CultureNameJsonConverter), nameof(RecoveryPlanJsonConverter),
        nameof(SymptomReportJsonConverter), nameof(TrainingHistoryJsonConverter), nameof(WorkoutJsonConverter),
    ];

    [Theory]
    [MemberData(nameof(Converters))]
    public void Converter_WriteNullValue_ThrowsArgumentNullNamingValue(string converter)
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        var options = BackPainJson.Configure(new JsonSerializerOptions());

        Action act = converter switch
        {
            nameof(AssessmentJsonConverter) => () => new AssessmentJsonConverter().Write(writer, null!, options),
            nameof(CheckInReportJsonConverter) => () => new CheckInReportJsonConverter().Write(writer, null!, options),
            nameof(CultureNameJsonConverter) => () => new CultureNameJsonConverter().Write(writer, null!, options),
            nameof(RecoveryPlanJsonConverter) => () => new RecoveryPlanJsonConverter().Write(writer, null!, options),
            nameof(SymptomReportJsonConverter) => () => new SymptomReportJsonConverter().Write(writer, null!, options),
            nameof(TrainingHistoryJsonConverter) => () => new TrainingHistoryJsonConverter().Write(writer, null!, options),
            _ => () => new WorkoutJsonConverter().Write(writer, null!, options),
        };

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void CultureNameConverter_WriteNullWriter_ThrowsArgumentNullNamingWriter()
    {
        var act = () => new CultureNameJsonConverter().Write(null!, CultureInfo.InvariantCulture, new JsonSerializerOptions());

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("writer");
    }

    [Fact]
    public void Schema_ForANullType_ThrowsArgumentNullNamingDocumentType()
    {
        FluentActions.Invoking(() => BackPainJsonSchema.For(null!)).Should().ThrowExactly<ArgumentNullException>()
            .Which.ParamName.Should().Be("documentType");
        FluentActions.Invoking(() => BackPainJsonSchema.FileNameOf(null!)).Should().ThrowExactly<ArgumentNullException>()
            .Which.ParamName.Should().Be("documentType");
    }
}
