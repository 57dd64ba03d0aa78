using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rungs.Parsing;

/// <summary>
/// A YAML parser that plays back events recorded from a real one: the loader builds the same nodes, with the same
/// positions and the same errors (a duplicate key), as it would from the text, without scanning the text again.
/// </summary>
internal sealed class ParsingEventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        Current = _next < events.Count ? events[_next++] : null;
        return Current is not null;
    }
}
