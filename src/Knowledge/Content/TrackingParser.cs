using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KommunalBot.Knowledge.Content;

/// <summary>
/// Wraps the YAML parser and remembers the end mark of the last event, so a syntax error the parser
/// reports without a position (YamlDotNet throws InvalidOperationException for some inputs) still gets a line.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public int LastLine { get; private set; } = 1;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastLine = (int)current.End.Line;
        }

        return moved;
    }
}
