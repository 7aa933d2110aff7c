using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackPain.Core.Extensions.DependencyInjection.Tests;

/// <summary>A logger provider that keeps every line written, with its structured values, for the tests to read.</summary>
public sealed class CapturingLogger : ILoggerProvider
{
    private readonly ConcurrentQueue<Line> _lines = new();

    /// <summary>One written line: its event, its text and its named values (without the message template).</summary>
    public sealed record Line(string EventName, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values);

    public IReadOnlyList<Line> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLogger owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IReadOnlyList<KeyValuePair<string, object?>> list
                ? list.Where(v => v.Key != "{OriginalFormat}").ToList()
                : [];
            owner._lines.Enqueue(new Line(eventId.Name ?? "", formatter(state, exception), values));
        }
    }
}
