using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;

namespace Rungs.Parsing;

/// <summary>
/// Reads the plain front matter nearly every file has — top-level `key: value` lines and `- item` lists whose values are
/// plain or simply quoted scalars on one line — straight into the parser events YamlDotNet would produce for it, with the
/// same positions. Anything else (comments, multi-line values, escapes, nesting, flow lists, anchors, tabs, CRLF, odd
/// characters) is declined and left to YamlDotNet. YamlDotNet's scanner costs many times the text it reads, and a site
/// has a front matter per file; nodes are still built by YamlDotNet from these events, so keys, values, positions and
/// duplicate-key errors are exactly its own.
/// </summary>
internal static class PlainFrontMatter
{
    // What the parser attaches to an implicit document; the node loader does not read it, so one shared copy does.
    private static readonly TagDirectiveCollection DefaultTags = new([new TagDirective("!", "!"), new TagDirective("!!", "tag:yaml.org,2002:")]);

    /// <summary>The events of <paramref name="yaml"/>, or null when it is not plain front matter as described above.</summary>
    public static List<ParsingEvent>? TryRead(string yaml)
    {
        // A text that does not end a line makes YamlDotNet place the end one line further than the text goes.
        if (yaml.Length == 0 || yaml[^1] != '\n' || !HasOnlyPlainCharacters(yaml)) return null;
        var reader = new Reader(yaml);
        return reader.Read() ? reader.Events : null;
    }

    // Keys and many values (slugs, `exempt`, `None`, grades) repeat from file to file: each thread keeps one string of
    // each short text it has read, so the model holds one copy and most scalars cost no string at all.
    [ThreadStatic] private static Dictionary<string, string>? t_shared;

    private const int MaxSharedLength = 48;

    private const int MaxShared = 8192;

    private static string Shared(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxSharedLength) return text.ToString();
        var shared = t_shared ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known)) return known;
        var made = text.ToString();
        if (shared.Count < MaxShared) shared.Add(made, made);
        return made;
    }

    private static bool HasOnlyPlainCharacters(string yaml)
    {
        foreach (var c in yaml)
        {
            // Printable characters of one UTF-16 unit, and line feeds: no tabs, CR, controls, BOM, surrogates or line separators.
            if (c is (< ' ' and not '\n') or (>= '\x7f' and < '\xa0') or (>= '\ud800' and < '\ue000') or '\u2028' or '\u2029' or '\ufeff' or > '\ufffd')
                return false;
        }

        return true;
    }

    private sealed class Reader(string yaml)
    {
        public readonly List<ParsingEvent> Events = new(48);

        private const int MaxKeyLength = 100;

        // The start of the current line: index, 1-based line number.
        private int _lineStart;
        private int _line = 1;

        private Mark At(int index) => new(index, _line, index - _lineStart + 1);

        public bool Read()
        {
            var streamStart = At(0);
            Events.Add(new StreamStart(streamStart, streamStart));
            SkipEmptyLines();
            if (!IsKeyLine()) return false;
            var start = At(_lineStart);
            Events.Add(new DocumentStart(null, DefaultTags, true, start, start));
            Events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
            while (_lineStart < yaml.Length)
            {
                if (!IsKeyLine() || !ReadEntry()) return false;
                SkipEmptyLines();
            }

            var end = At(_lineStart);
            Events.Add(new MappingEnd(end, end));
            Events.Add(new DocumentEnd(true, end, end));
            Events.Add(new StreamEnd(end, end));
            return true;
        }

        private int LineEnd => yaml.IndexOf('\n', _lineStart);

        private void NextLine()
        {
            _lineStart = LineEnd + 1;
            _line++;
        }

        private void SkipEmptyLines()
        {
            while (_lineStart < yaml.Length && yaml[_lineStart] == '\n') NextLine();
        }

        private bool IsKeyLine() => _lineStart < yaml.Length && IsKeyStart(yaml[_lineStart]);

        private static bool IsKeyStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

        /// <summary>One `key: value` line, or a `key:` line and the list below it.</summary>
        private bool ReadEntry()
        {
            var end = LineEnd;
            var i = _lineStart;
            while (i < end && (IsKeyStart(yaml[i]) || yaml[i] == '-')) i++;
            // YamlDotNet refuses a key longer than 1,024 characters; no field name comes near that.
            if (i == end || yaml[i] != ':' || i - _lineStart > MaxKeyLength) return false;
            Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, Shared(yaml.AsSpan(_lineStart, i - _lineStart)), ScalarStyle.Plain, true, false, At(_lineStart), At(i), isKey: true));
            var afterColon = i + 1;
            if (afterColon == end) return ReadListOrNothing(afterColon);
            if (yaml[afterColon] != ' ') return false;
            var value = afterColon;
            while (yaml[value] == ' ') value++;
            if (value == end || !(yaml[value] == '[' ? ReadFlowList(value, end) : ReadScalar(value, end))) return false;
            NextLine();
            return true;
        }

        /// <summary>A one-line `[a, b]` list of plain values, from its `[` to the end of its line.</summary>
        private bool ReadFlowList(int open, int lineEnd)
        {
            var close = yaml.IndexOf(']', open, lineEnd - open);
            if (close < 0) return false;
            for (var i = close + 1; i < lineEnd; i++)
                if (yaml[i] != ' ') return false;
            Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, At(open), At(open)));
            var inside = yaml.AsSpan(open + 1, close - open - 1);
            if (!inside.IsWhiteSpace())
            {
                var start = open + 1;
                while (start <= close)
                {
                    var comma = yaml.IndexOf(',', start, close - start);
                    var itemEnd = comma < 0 ? close : comma;
                    var value = start;
                    while (value < itemEnd && yaml[value] == ' ') value++;
                    var text = yaml.AsSpan(value, itemEnd - value).TrimEnd(' ');
                    if (text.Length == 0 || IsIndicator(text[0]) || text[0] is '"' or '\'' || text.IndexOfAny(FlowStops) >= 0) return false;
                    Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, Shared(text), ScalarStyle.Plain, true, false, At(value), At(value + text.Length)));
                    start = itemEnd + 1;
                }
            }

            Events.Add(new SequenceEnd(At(close), At(close)));
            return true;
        }

        // Inside a flow list these end or nest a value, or start a comment or a key.
        private static readonly System.Buffers.SearchValues<char> FlowStops = System.Buffers.SearchValues.Create("[]{}:#");

        /// <summary>After `key:` ends its line: a list of items on the lines below, or an empty value.</summary>
        private bool ReadListOrNothing(int afterColon)
        {
            var emptyValue = At(afterColon);
            NextLine();
            SkipEmptyLines();
            var indent = 0;
            while (_lineStart + indent < yaml.Length && yaml[_lineStart + indent] == ' ') indent++;
            if (!IsItem(indent))
            {
                // The next line starts another key (or the text ends): the value is empty, placed just after the colon.
                if (indent > 0) return false;
                Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, "", ScalarStyle.Plain, true, false, emptyValue, emptyValue));
                return true;
            }

            // The parser's list start covers the dash when the list is not indented, and is empty at the dash when it is.
            var dash = _lineStart + indent;
            Events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, At(dash), At(indent == 0 ? dash + 1 : dash)));
            while (IsItem(indent))
            {
                var end = LineEnd;
                var value = _lineStart + indent + 2;
                while (yaml[value] == ' ') value++;
                if (value == end || !ReadScalar(value, end)) return false;
                NextLine();
                SkipEmptyLines();
            }

            // The list ends where the next key starts (or the text ends); anything else is not plain front matter.
            if (_lineStart < yaml.Length && !IsKeyLine()) return false;
            var close = At(_lineStart);
            Events.Add(new SequenceEnd(close, close));
            return true;
        }

        private bool IsItem(int indent)
        {
            var dash = _lineStart + indent;
            if (dash + 1 >= yaml.Length || yaml[dash] != '-' || yaml[dash + 1] != ' ') return false;
            for (var i = _lineStart; i < dash; i++)
                if (yaml[i] != ' ') return false;
            return true;
        }

        /// <summary>A value from <paramref name="start"/> to the end of its line: plain, "double-quoted" or 'single-quoted', without escapes.</summary>
        private bool ReadScalar(int start, int lineEnd)
        {
            var first = yaml[start];
            if (first is '"' or '\'')
            {
                var close = yaml.IndexOf(first, start + 1, lineEnd - start - 1);
                if (close < 0 || first == '"' && yaml.AsSpan(start, close - start).Contains('\\')) return false;
                for (var i = close + 1; i < lineEnd; i++)
                    if (yaml[i] != ' ') return false;
                Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, Shared(yaml.AsSpan(start + 1, close - start - 1)),
                    first == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, false, true, At(start), At(close + 1)));
                return true;
            }

            // A plain value may not start with an indicator, and here holds no `:` or `#` (a key or a comment in YAML's eyes).
            if (IsIndicator(first)) return false;
            var text = yaml.AsSpan(start, lineEnd - start);
            if (text.IndexOfAny(':', '#') >= 0) return false;
            var end = start + text.TrimEnd(' ').Length;
            Events.Add(new Scalar(AnchorName.Empty, TagName.Empty, Shared(yaml.AsSpan(start, end - start)), ScalarStyle.Plain, true, false, At(start), At(end)));
            return true;
        }
    
        private static bool IsIndicator(char c) =>
            c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`';
    }
}
