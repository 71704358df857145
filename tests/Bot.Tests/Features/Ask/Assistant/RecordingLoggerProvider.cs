using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

/// Keeps every formatted log line with its level and event id, to check what reaches the logs.
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, int EventId, string Message)> entries = new();

    public IReadOnlyList<(LogLevel Level, int EventId, string Message)> Entries => entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(entries);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel, int, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((logLevel, eventId.Id, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
