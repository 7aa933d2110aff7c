using System.Text.Json;
using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// The public converters of a check-in and of a plan, called directly as a host's own converter might call them: a null
/// value is a programmer error named as such, not a crash somewhere inside the writer.
/// </summary>
public class PlanConverterArgumentTests
{
    [Fact]
    public void CheckInReportConverter_WriteNullValue_ThrowsArgumentNullNamingValue()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        var act = () => new CheckInReportJsonConverter().Write(writer, null!, BackPainJson.Configure(new JsonSerializerOptions()));

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void RecoveryPlanConverter_WriteNullValue_ThrowsArgumentNullNamingValue()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        var act = () => new RecoveryPlanJsonConverter().Write(writer, null!, BackPainJson.Configure(new JsonSerializerOptions()));

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }
}
