using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// What the async stream readers promise a host beyond the value they read: they never resume on the caller's
/// synchronization context (a UI or legacy ASP.NET caller that blocks on them would deadlock), and a cancelled token
/// stops them before the stream is read. Also: <see cref="BackPainJson.Configure"/> puts the library's shape in front
/// of a host's own converter for a document type.
/// </summary>
public sealed class JsonAsyncReadingTests
{
    /// <summary>Each async reader, called directly so that no await of the test's own captures a context.</summary>
    private static readonly Dictionary<string, Func<Stream, CancellationToken, Task>> AsyncReaders = new()
    {
        ["report"] = (s, t) => BackPainJson.DeserializeReportAsync(s, t).AsTask(),
        ["workout"] = (s, t) => BackPainJson.DeserializeWorkoutAsync(s, t).AsTask(),
        ["history"] = (s, t) => BackPainJson.DeserializeHistoryAsync(s, t).AsTask(),
        ["checkIn"] = (s, t) => BackPainJson.DeserializeCheckInAsync(s, t).AsTask(),
        ["assessment"] = (s, t) => BackPainJson.DeserializeAssessmentAsync(s, t).AsTask(),
        ["plan"] = (s, t) => BackPainJson.DeserializePlanAsync(s, t).AsTask(),
    };

    [Theory]
    [MemberData(nameof(JsonStreamTests.Documents), MemberType = typeof(JsonStreamTests))]
    public async Task DeserializeAsync_AStreamThatAnswersLater_NeverResumesOnTheCallersSynchronizationContext(JsonStreamTests.Document document)
    {
        using var stream = new LaterStream(Encoding.UTF8.GetBytes(document.Serialize(document.Value)));
        var context = new CountingContext();
        var previous = SynchronizationContext.Current;
        Task read;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            read = AsyncReaders[document.Name](stream, CancellationToken.None);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        await read;

        stream.Reads.Should().BeGreaterThan(0, "the stream must have answered later, not at once");
        context.Posts.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(JsonStreamTests.Documents), MemberType = typeof(JsonStreamTests))]
    public async Task DeserializeAsync_AnAlreadyCancelledToken_ThrowsBeforeReadingTheStream(JsonStreamTests.Document document)
    {
        using var stream = new LaterStream(Encoding.UTF8.GetBytes(document.Serialize(document.Value)));

        await FluentActions.Awaiting(() => AsyncReaders[document.Name](stream, new CancellationToken(canceled: true)))
            .Should().ThrowAsync<OperationCanceledException>();

        stream.Reads.Should().Be(0);
    }

    [Fact]
    public void Configure_AHostConverterForADocumentTypeAddedFirst_TheLibrarysShapeStillWins()
    {
        var checkIn = new CheckInReport(new DateOnly(2026, 12, 1), 2, Trend.Better);
        var options = new JsonSerializerOptions();
        options.Converters.Add(new HostCheckInConverter());

        BackPainJson.Configure(options);

        JsonSerializer.Serialize(checkIn, options).Should().Be(BackPainJson.Serialize(checkIn));
    }

    /// <summary>Counts the continuations posted to it and runs them on the thread pool.</summary>
    private sealed class CountingContext : SynchronizationContext
    {
        private int posts;

        public int Posts => Volatile.Read(ref posts);

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref posts);
            ThreadPool.QueueUserWorkItem(_ => d(state));
        }
    }

    /// <summary>A read-only stream whose every read completes later on the thread pool, as a network stream's does; it ignores cancellation.</summary>
    private sealed class LaterStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);
        private int reads;

        public int Reads => Volatile.Read(ref reads);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref reads);
            await Task.Delay(1, CancellationToken.None).ConfigureAwait(false);
            return inner.Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count)
        {
            Interlocked.Increment(ref reads);
            return inner.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A host's own converter for check-ins, which <see cref="BackPainJson.Configure"/> must not let win.</summary>
    private sealed class HostCheckInConverter : JsonConverter<CheckInReport>
    {
        public override CheckInReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, CheckInReport value, JsonSerializerOptions options) => writer.WriteStringValue("the host's shape");
    }
}
