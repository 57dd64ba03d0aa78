using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rungs.Parsing;

/// <summary>Where a YAML text cannot be loaded safely, and what to tell its author.</summary>
public sealed record YamlProblem(Mark At, string Message, string Hint);

/// <summary>
/// Checks a YAML text against the limits it must keep before it is loaded into nodes: how deep lists and fields
/// nest, and how many values its aliases expand to. YamlDotNet's node loader recurses once per level and shares
/// aliased nodes, so a hostile file could otherwise overflow the stack (10,000 nested `[`), make every later walk
/// exponential ("billion laughs"), or build a node that contains itself. The check reads parser events, which
/// needs no recursion, and stops at the first breach. It also catches what YamlDotNet gets wrong on its own: a flow
/// list cut off by the end of the text (an InvalidOperationException, not a YamlException), an alias with no anchor
/// (a failure with no position), and raw line separators (which shift every position after them).
/// </summary>
public static class YamlLimits
{
    /// <summary>Front matter needs three levels (fields, a nav list, a nav entry); twenty leaves room for any sane file.</summary>
    public const int MaxDepth = 20;

    /// <summary>Values the YAML may stand for once every alias is written out; real front matter has a few dozen.</summary>
    public const int MaxExpandedValues = 10_000;

    /// <summary>The message for an alias (`*name`) with no anchor (`&amp;name`) before it.</summary>
    public const string UnknownAlias = "a YAML anchor or alias cannot be resolved";

    /// <summary>The first breach, or null when the YAML is within limits.</summary>
    /// <param name="events">
    /// Receives every parser event read, so that YAML found within limits can be loaded from them
    /// (<see cref="ParsingEventReplay"/>) instead of being scanned a second time.
    /// </param>
    /// <exception cref="YamlException">The YAML is malformed; the caller explains it as it would any load error.</exception>
    public static YamlProblem? Check(string yaml, List<ParsingEvent>? events = null)
    {
        if (LineSeparator(yaml) is { } separator) return separator;
        var parser = new Parser(new StringReader(yaml));
        // Each open list or mapping: its anchor and the expanded count when it opened, so its own size is known at its end.
        var open = new Stack<(string? Anchor, long CountAtStart)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long expanded = 0;
        Mark? lastFlowStart = null;
        while (true)
        {
            try
            {
                if (!parser.MoveNext()) break;
            }
            catch (InvalidOperationException)
            {
                return new YamlProblem(lastFlowStart ?? parser.Current?.Start ?? Mark.Empty, "a `[` or `{` is never closed",
                    "close every list with `]` and every group of fields with `}`, or put the value in quotes");
            }

            events?.Add(parser.Current!);
            if (parser.Current is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow })
                lastFlowStart = parser.Current.Start;

            switch (parser.Current)
            {
                case DocumentStart:
                    sizes.Clear();
                    break;
                case SequenceStart or MappingStart:
                {
                    var start = (NodeEvent)parser.Current;
                    if (open.Count >= MaxDepth)
                        return new YamlProblem(start.Start, $"lists and fields are nested more than {MaxDepth} levels deep",
                            "front matter needs only a few levels; look for a run of `[`, `{` or `- ` that is never closed or was pasted by mistake");
                    expanded++;
                    open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, expanded));
                    break;
                }
                case SequenceEnd or MappingEnd:
                {
                    var (anchor, countAtStart) = open.Pop();
                    if (anchor is not null) sizes[anchor] = expanded - countAtStart + 1;
                    break;
                }
                case Scalar scalar:
                    expanded++;
                    if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    if (open.Any(o => o.Anchor == alias.Value.Value))
                        return new YamlProblem(alias.Start, $"the alias `*{alias.Value}` is used inside the value it names, which would never end",
                            "write the value out in full instead of using & and *");
                    // YamlDotNet's loader fails on an unknown alias with a message that has no place, or not at all
                    // (`"text"***` reads as a key `*`), so it is reported here, where the alias is.
                    if (!sizes.TryGetValue(alias.Value.Value, out var size))
                        return new YamlProblem(alias.Start, UnknownAlias, "write the value out in full instead of using & and *");
                    expanded += size;
                    if (expanded > MaxExpandedValues)
                        return new YamlProblem(alias.Start, $"the aliases (`*name`) expand to more than {MaxExpandedValues.ToString("N0", CultureInfo.InvariantCulture)} values",
                            "write the values out in full instead of using & and *; front matter never needs this many");
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// A raw U+0085, U+2028 or U+2029, which YAML 1.1 (and so YamlDotNet) reads as a line break while editors show
    /// none: it splits a value without a trace and shifts every line number after it. Usually pasted from a PDF or Word.
    /// </summary>
    private static YamlProblem? LineSeparator(string yaml)
    {
        var at = yaml.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029');
        if (at < 0) return null;
        var before = yaml.AsSpan(0, at);
        var line = before.Count('\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        return new YamlProblem(new Mark(at, line, column), $"the YAML holds an invisible line separator (U+{(int)yaml[at]:X4}), which YAML reads as a line break",
            "delete it and retype the space around it; inside double quotes it may be written as \\u2028");
    }
}
