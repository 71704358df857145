using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KommunalBot.Bot.Tests.TestHost;

/// Keeps every log entry the bot writes (with its scope values), so tests can assert what an operator would read.
public sealed class LogRecorder : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogEntry> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<LogEntry> Entries => entries.ToList();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeTexts = new List<string>();
            owner.scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopeTexts);
            owner.entries.Enqueue(new LogEntry(logLevel, category, eventId.Id, formatter(state, exception), string.Join(" | ", scopeTexts), exception));
        }
    }
}

public sealed record LogEntry(LogLevel Level, string Category, int EventId, string Message, string Scope, Exception? Exception);
