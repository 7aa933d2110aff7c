using System.Text;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Serialization;

/// <summary>Issue 14: every document type read from and written to a stream, with a cancellation token, as the string methods do.</summary>
public sealed class JsonStreamTests
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    /// <summary>One value of each document type, and its string, stream and async stream methods.</summary>
    public sealed record Document(
        string Name,
        object Value,
        Func<object, string> Serialize,
        Action<Stream, object> Write,
        Func<Stream, object, CancellationToken, Task> WriteAsync,
        Func<Stream, object> Read,
        Func<Stream, CancellationToken, ValueTask<object>> ReadAsync)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Document> Documents()
    {
        var report = BackPainJson.DeserializeReport(File.ReadAllText(Reports.ExampleFile("pulled-muscle.json")));
        var history = BackPainJson.DeserializeHistory(File.ReadAllText(Reports.ExampleFile("history.json")));
        var checkIn = BackPainJson.DeserializeCheckIn(File.ReadAllText(Reports.ExampleFile("check-in.json")));
        var assessment = BackPainAssessor.Default.Assess(report);
        var plan = RecoveryPlanner.Default.Plan(assessment, history, new PlanRequest(Start, Days.Of(28)))
            .CheckIn(new CheckInReport(Start.AddDays(7), 2, Trend.Better));
        return
        [
            new("report", report, v => BackPainJson.Serialize((SymptomReport)v), (s, v) => BackPainJson.Serialize(s, (SymptomReport)v),
                (s, v, t) => BackPainJson.SerializeAsync(s, (SymptomReport)v, t), s => BackPainJson.DeserializeReport(s),
                async (s, t) => await BackPainJson.DeserializeReportAsync(s, t)),
            new("workout", history.Workouts[0], v => BackPainJson.Serialize((Workout)v), (s, v) => BackPainJson.Serialize(s, (Workout)v),
                (s, v, t) => BackPainJson.SerializeAsync(s, (Workout)v, t), s => BackPainJson.DeserializeWorkout(s),
                async (s, t) => await BackPainJson.DeserializeWorkoutAsync(s, t)),
            new("history", history, v => BackPainJson.Serialize((TrainingHistory)v), (s, v) => BackPainJson.Serialize(s, (TrainingHistory)v),
                (s, v, t) => BackPainJson.SerializeAsync(s, (TrainingHistory)v, t), s => BackPainJson.DeserializeHistory(s),
                async (s, t) => await BackPainJson.DeserializeHistoryAsync(s, t)),
            new("checkIn", checkIn, v => BackPainJson.Serialize((CheckInReport)v), (s, v) => BackPainJson.Serialize(s, (CheckInReport)v),
                (s, v, t) => BackPainJson.SerializeAsync(s, (CheckInReport)v, t), s => BackPainJson.DeserializeCheckIn(s),
                async (s, t) => await BackPainJson.DeserializeCheckInAsync(s, t)),
            new("assessment", assessment, v => BackPainJson.Serialize((Assessment)v), (s, v) => BackPainJson.Serialize(s, (Assessment)v),
                (s, v, t) => BackPainJson.SerializeAsync(s, (Assessment)v, t), s => BackPainJson.DeserializeAssessment(s),
                async (s, t) => await BackPainJson.DeserializeAssessmentAsync(s, t)),
            new("plan", plan, v => BackPainJson.Serialize((RecoveryPlan)v), (s, v) => BackPainJson.Serialize(s, (RecoveryPlan)v),
                (s, v, t) => BackPainJson.SerializeAsync(s, (RecoveryPlan)v, t), s => BackPainJson.DeserializePlan(s),
                async (s, t) => await BackPainJson.DeserializePlanAsync(s, t)),
        ];
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task WriteAsyncThenReadAsync_EveryDocumentType_GivesTheSameValueAndTheSameBytesAsTheString(Document document)
    {
        using var stream = new MemoryStream();

        await document.WriteAsync(stream, document.Value, CancellationToken.None);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(document.Serialize(document.Value));
        stream.Position = 0;
        (await document.ReadAsync(stream, CancellationToken.None)).Should().Be(document.Value);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void WriteThenRead_EveryDocumentType_GivesTheSameValueAndLeavesTheStreamOpen(Document document)
    {
        using var stream = new MemoryStream();

        document.Write(stream, document.Value);
        stream.Position = 0;

        document.Read(stream).Should().Be(document.Value);
        stream.CanRead.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ReadAsync_AStreamThatGivesOneByteAtATime_ReadsTheSameValue(Document document)
    {
        using var stream = new OneByteAtATimeStream(Encoding.UTF8.GetBytes(document.Serialize(document.Value)));

        (await document.ReadAsync(stream, CancellationToken.None)).Should().Be(document.Value);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ReadAsyncAndWriteAsync_ACancelledToken_ThrowOperationCanceled(Document document)
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(document.Serialize(document.Value)));

        await FluentActions.Awaiting(async () => await document.ReadAsync(stream, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => document.WriteAsync(new MemoryStream(), document.Value, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task DeserializeReportAsync_SeveralProblems_ListsTheSameProblemsAsTheStringReader()
    {
        const string json = """{"severity": 11, "onset": "bogus", "exercises": ["nope"], "painDurationDays": -2}""";
        var fromString = FluentActions.Invoking(() => BackPainJson.DeserializeReport(json)).Should().Throw<BackPainValidationException>().Which.Errors;

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var fromStream = (await FluentActions.Awaiting(async () => await BackPainJson.DeserializeReportAsync(stream)).Should().ThrowAsync<BackPainValidationException>()).Which.Errors;

        fromStream.Should().Equal(fromString);
        fromStream.Select(e => e.Path).Should().BeEquivalentTo(["$.severity", "$.onset", "$.exercises[0]", "$.painDurationDays"]);
    }

    [Fact]
    public void DeserializeReport_AStreamWithAByteOrderMark_IsRead()
    {
        var json = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"severity": 3}""")).ToArray();

        BackPainJson.DeserializeReport(new MemoryStream(json)).Severity.Should().Be(3);
    }

    [Fact]
    public async Task StreamMethods_NullArguments_NameTheArgument()
    {
        FluentActions.Invoking(() => BackPainJson.DeserializeReport((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        await FluentActions.Awaiting(async () => await BackPainJson.DeserializePlanAsync(null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("utf8Json");
        await FluentActions.Awaiting(() => BackPainJson.SerializeAsync(Stream.Null, (Workout)null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("workout");
    }

    [Fact]
    public async Task WritingNothingToNoStream_NamesTheStream_TheFirstArgument()
    {
        // Arguments are checked in their order, so the first one named is the first one to fix.
        FluentActions.Invoking(() => BackPainJson.Serialize(null!, (Workout)null!)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        await FluentActions.Awaiting(() => BackPainJson.SerializeAsync(null!, (Workout)null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("utf8Json");
    }

    /// <summary>A read-only stream that hands out one byte per read, as a slow network does.</summary>
    private sealed class OneByteAtATimeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => base.ReadAsync(buffer, offset, Math.Min(count, 1), cancellationToken);

        public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
            => SlowCopyAsync(destination, cancellationToken);

        private async Task SlowCopyAsync(Stream destination, CancellationToken cancellationToken)
        {
            var buffer = new byte[16];
            int read;
            while ((read = await ReadAsync(buffer, cancellationToken)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
    }
}
