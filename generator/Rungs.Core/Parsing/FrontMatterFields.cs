using System.Collections.Concurrent;
using System.Globalization;
using Rungs.Content;
using Rungs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rungs.Parsing;

/// <summary>
/// Typed, position-aware reading of one front-matter mapping. Each read declares its key as known,
/// so the reading code of a file kind is also its schema: <see cref="ReportUnknownKeys"/> flags the rest.
/// </summary>
public sealed class FrontMatterFields
{
    private readonly YamlMappingNode _mapping;
    private readonly string _path;
    private readonly int _firstLine;
    private readonly DiagnosticList _diagnostics;
    // Sized for a class, which reads the most keys, so that it is not regrown key by key for every file.
    private readonly HashSet<string> _known = new(32, StringComparer.Ordinal);

    private readonly bool _nested;

    /// <param name="place">Where a missing line would go, for hints: "the front matter", "site.yml".</param>
    public FrontMatterFields(YamlMappingNode mapping, string displayPath, int firstLine, DiagnosticList diagnostics, string place = "the front matter")
    {
        _mapping = mapping;
        _path = displayPath;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
        Place = place;
    }

    private FrontMatterFields(YamlMappingNode mapping, FrontMatterFields parent)
        : this(mapping, parent._path, parent._firstLine, parent._diagnostics, "this entry")
    {
        _nested = true;
    }

    /// <summary>Where a missing line would go, for hints.</summary>
    public string Place { get; }

    /// <summary>Where these fields start: the front matter's first line, or a nested entry's first key.</summary>
    public SourcePosition Start => _nested ? At(_mapping) : new(_path, Math.Max(1, _firstLine - 1), 1);

    /// <summary>Where a key's value is written, or the start of the front matter when the key is absent.</summary>
    public SourcePosition PositionOf(string key) =>
        _mapping.Children.TryGetValue(KeyNode(key), out var node) ? At(node) : Start;

    /// <summary>Whether the key is written at all (with any value, even an empty one).</summary>
    public bool Has(string key) => _mapping.Children.ContainsKey(KeyNode(key));

    public string? String(string key, bool required = false)
    {
        var node = Find(key, required);
        if (node is null) return null;
        if (node is YamlScalarNode scalar)
        {
            var value = TextOf(scalar)?.Trim();
            if (string.IsNullOrEmpty(value) || IsNull(scalar))
            {
                if (required) Missing(key, node);
                return null;
            }

            return value;
        }

        WrongType(key, node, "text");
        return null;
    }

    /// <param name="hint">A hint for a value that is not a number, when it knows better than "write the number without quotes" (null when not).</param>
    public int? Int(string key, bool required = false, int min = int.MinValue, Func<string, string?>? hint = null)
    {
        var node = Find(key, required);
        if (node is null || NumberText(key, node, required, "a whole number") is not { } scalar) return null;
        if (scalar.Style != ScalarStyle.Plain || !int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be a whole number, not \"{scalar.Value}\"",
                hint?.Invoke(scalar.Value!.Trim()) ?? $"write the number without quotes, e.g. `{key}: 2`");
            return null;
        }

        if (value < min)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidValue, At(node), $"`{key}` must be {min} or more, not {value}");
            return null;
        }

        return value;
    }

    /// <summary>An amount (`41300`, `18.50`), zero or more; a quoted or non-numeric value is a type error at the value.</summary>
    public decimal? Amount(string key, bool required = false)
    {
        var node = Find(key, required);
        return node is null ? null : AmountAt(key, node, required);
    }

    /// <summary>A list of amounts, each with where it is written; entries that are not amounts are reported and left out.</summary>
    public IReadOnlyList<(decimal Value, SourcePosition At)> AmountList(string key)
    {
        var node = Find(key, false);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return [];
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list");
            return [];
        }

        var result = new List<(decimal, SourcePosition)>();
        foreach (var child in sequence.Children)
            if (AmountAt(key, child, true) is { } value) result.Add((value, At(child)));
        return result;
    }

    private decimal? AmountAt(string key, YamlNode node, bool required)
    {
        if (NumberText(key, node, required, "an amount") is not { } scalar) return null;
        if (scalar.Style != ScalarStyle.Plain || !decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be an amount, not \"{scalar.Value}\"",
                "write the figure without quotes, currency sign or thousands separators, e.g. `41300` or `18.50`");
            return null;
        }

        return value;
    }

    /// <summary>The scalar a number is written in, or null (reported: empty though required, or not a single value) when there is none.</summary>
    private YamlScalarNode? NumberText(string key, YamlNode node, bool required, string expected)
    {
        if (node is YamlScalarNode scalar && !IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value)) return scalar;
        if (node is YamlScalarNode && required) Missing(key, node);
        else if (node is not YamlScalarNode) WrongType(key, node, expected);
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Find(key, false);
        if (node is null) return null;
        if (node is YamlScalarNode { Style: ScalarStyle.Plain } scalar)
        {
            switch (scalar.Value?.ToLowerInvariant())
            {
                case "true" or "yes": return true;
                case "false" or "no": return false;
            }
        }

        _diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be true or false",
            $"write `{key}: true` or `{key}: false`");
        return null;
    }

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        var node = _mapping.Children[new YamlScalarNode(key)];
        var looksLikeDate = text.Length == 10 && text[4] == '-' && text[7] == '-';
        if (looksLikeDate)
            _diagnostics.Error(DiagnosticCodes.InvalidValue, At(node), $"`{key}` is not a real date: {text}", "check the month (01–12) and the day");
        else
            _diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be a date written YYYY-MM-DD, not \"{text}\"",
                $"e.g. `{key}: 2010-08-15` for 15 August 2010");
        return null;
    }

    /// <summary>One of a fixed set of values, compared case-insensitively and returned as written in <paramref name="allowed"/>.</summary>
    /// <param name="otherwise">The hint for a value that is no near miss of an allowed one (none when null).</param>
    public string? OneOf(string key, IReadOnlyList<string> allowed, string? otherwise = null, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        var match = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return match;
        var suggestion = SpellingSuggestion.Closest(text.ToLowerInvariant(), allowed);
        _diagnostics.Error(DiagnosticCodes.InvalidValue, At(_mapping.Children[new YamlScalarNode(key)]),
            $"`{key}` must be one of {string.Join(", ", allowed)}, not \"{text}\"",
            suggestion is null ? otherwise : $"did you mean `{suggestion}`?");
        return null;
    }

    /// <summary>A list of texts. A single value is a type error at the value (`ksas: 5` is not a list of one slug, which would only be reported as not found).</summary>
    public IReadOnlyList<string> StringList(string key) => Items(key).Select(i => i.Text).ToArray();

    /// <summary>One text or a list of texts (`releases: v*` or `releases: [v*, r*]`), each with its position; null when the key is absent.</summary>
    public IReadOnlyList<(string Text, SourcePosition At)>? TextOrList(string key)
    {
        _known.Add(key);
        if (!_mapping.Children.TryGetValue(KeyNode(key), out var node)) return null;
        return node is YamlScalarNode scalar && !IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value)
            ? [(TextOf(scalar)!.Trim(), At(scalar))]
            : Items(key).ToList();
    }

    /// <summary>A list of slugs referring to other items, each with its position for "not found" errors.</summary>
    public IReadOnlyList<SlugRef> SlugList(string key) =>
        References(key, Slug.IsValid, "a slug", text => $"refer to items by their file name without .md, e.g. `{Slug.Suggest(text)}`");

    /// <summary>A list of classes referred to by slug, or by `series/slug` where several series have a class with that slug.</summary>
    public IReadOnlyList<SlugRef> ClassRefList(string key) =>
        References(key, IsClassRef, ClassRefWhat, ClassRefHint);

    /// <summary>One class referred to by slug or `series/slug` (`superseded_by: senior-clerk`), with its position.</summary>
    public SlugRef? ClassRef(string key)
    {
        if (String(key) is not { } text) return null;
        var at = PositionOf(key);
        if (IsClassRef(text)) return new SlugRef(text, at);
        _diagnostics.Error(DiagnosticCodes.InvalidSlug, at, $"\"{text}\" in `{key}` is not {ClassRefWhat}", ClassRefHint(text));
        return null;
    }

    private const string ClassRefWhat = "a class slug or `series/slug`";

    private static string ClassRefHint(string text) =>
        $"refer to a class by its file name without .md, e.g. `{Slug.Suggest(text)}`, or by its series and file name, e.g. `series-slug/{Slug.Suggest(text)}`";

    private static bool IsClassRef(string text) =>
        text.IndexOf('/') is var slash && slash < 0 ? Slug.IsValid(text) : Slug.IsValid(text[..slash]) && Slug.IsValid(text[(slash + 1)..]);

    private IReadOnlyList<SlugRef> References(string key, Func<string, bool> isValid, string what, Func<string, string> hint)
    {
        var result = new List<SlugRef>();
        foreach (var (text, at) in Items(key))
        {
            if (!isValid(text))
            {
                _diagnostics.Error(DiagnosticCodes.InvalidSlug, at, $"\"{text}\" in `{key}` is not {what}", hint(text));
                continue;
            }

            result.Add(new SlugRef(text, at));
        }

        // Kept for the whole build: exactly the references, and no list of its own when there are none.
        return result.Count == 0 ? [] : result.ToArray();
    }

    /// <summary>A list of small mappings, each handed to <paramref name="read"/> with its own fields.</summary>
    public IReadOnlyList<T> MappingList<T>(string key, Func<FrontMatterFields, T?> read) where T : class
    {
        var node = Find(key, false);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(key, node, "a list");
            return [];
        }

        var result = new List<T>();
        foreach (var child in sequence.Children)
        {
            if (child is not YamlMappingNode map)
            {
                _diagnostics.Error(DiagnosticCodes.WrongType, At(child), $"each entry of `{key}` must have named fields (e.g. `title:` and `url:`)");
                continue;
            }

            var fields = new FrontMatterFields(map, this);
            if (read(fields) is { } item) result.Add(item);
            fields.ReportUnknownKeys();
        }

        return result;
    }

    /// <summary>
    /// A group of text keys each with a text value (`sections:` in site.yml), with the positions of both for errors.
    /// <paramref name="example"/> shows one entry in the hint when the group is written as something else.
    /// </summary>
    public IReadOnlyList<(string Key, SourcePosition KeyAt, string Value, SourcePosition ValueAt)> TextMapping(string key, string example)
    {
        var node = Find(key, false);
        if (node is null || node is YamlScalarNode scalar && IsNull(scalar)) return [];
        if (node is not YamlMappingNode mapping)
        {
            _diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be a group of `name: value` lines",
                $"write each entry on its own indented line under `{key}:`, e.g. `  {example}`");
            return [];
        }

        var result = new List<(string, SourcePosition, string, SourcePosition)>();
        foreach (var (name, value) in mapping.Children)
        {
            if (name is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text) && value is YamlScalarNode { Value: { } v } s && !IsNull(s) && !string.IsNullOrWhiteSpace(v))
                result.Add((TextOf((YamlScalarNode)name)!.Trim(), At(name), TextOf(s)!.Trim(), At(value)));
            else
                _diagnostics.Error(DiagnosticCodes.WrongType, At(value is YamlScalarNode { Value: not null } ? name : value),
                    $"each entry of `{key}` must be a name and a single value on one line", $"e.g. `{example}`");
        }

        return result;
    }

    /// <summary>
    /// A mapping of named entries (`fields: { schematic_code: { … } }`): each name with its position and, when its value is
    /// itself a mapping, its own fields (else null, and <paramref name="read"/> reports what it needs).
    /// </summary>
    public IReadOnlyList<T> NamedEntries<T>(string key, Func<string, SourcePosition, FrontMatterFields?, T?> read) where T : class
    {
        var result = new List<T>();
        foreach (var entry in NamedValues(key))
        {
            if (read(entry.Name, entry.NameAt, entry.Fields) is { } item) result.Add(item);
            entry.Fields?.ReportUnknownKeys();
        }

        return result;
    }

    /// <summary>
    /// The entries of a key whose value is a mapping (`lint: { long_item: { words: 100 }, falling_grade: off }`), each with
    /// its name and its value as text (a single value) or as fields (a mapping); both null for a list or an empty value.
    /// </summary>
    public IReadOnlyList<NamedValue> NamedValues(string key) =>
        FindMapping(key, "a group of named entries") is { } map ? ValuesOf(map) : [];

    /// <summary>Every entry of these fields' own mapping, as <see cref="NamedValues"/> gives them; each key counts as known.</summary>
    public IReadOnlyList<NamedValue> AllValues()
    {
        var values = ValuesOf(_mapping);
        foreach (var v in values) _known.Add(v.Name);
        return values;
    }

    private List<NamedValue> ValuesOf(YamlMappingNode map) =>
        map.Children.Select(pair => new NamedValue((pair.Key as YamlScalarNode)?.Value ?? "", At(pair.Key),
            pair.Value is YamlScalarNode scalar && !IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value) ? TextOf(scalar)!.Trim() : null,
            At(pair.Value), pair.Value is YamlMappingNode entry ? new FrontMatterFields(entry, this) : null)).ToList();

    /// <summary>The fields of a key whose value is a mapping (`defaults: { bargaining_unit: "02" }`), or null when it is absent or empty.</summary>
    public FrontMatterFields? Nested(string key) =>
        FindMapping(key, "a group of named values") is { } map ? new FrontMatterFields(map, this) : null;

    // A key whose value is a mapping; absent or empty is null, anything else is reported as not being <paramref name="expected"/>.
    private YamlMappingNode? FindMapping(string key, string expected)
    {
        var node = Find(key, false);
        if (node is null || node is YamlScalarNode s && IsNull(s)) return null;
        if (node is YamlMappingNode map) return map;
        WrongType(key, node, expected);
        return null;
    }

    /// <summary>The keys read so far: after a file kind's reader has run, its schema.</summary>
    internal IReadOnlySet<string> KnownKeys => _known;

    /// <summary>Reports an error of the given code at a position these fields gave.</summary>
    public void Error(string code, SourcePosition at, string message, string? hint = null) => _diagnostics.Error(code, at, message, hint);

    /// <summary>Reports a value that has the right type but is not allowed, at the value.</summary>
    public void Invalid(string key, string message, string? hint = null) =>
        _diagnostics.Error(DiagnosticCodes.InvalidValue, PositionOf(key), message, hint);

    /// <summary>Flags every key that no read declared, suggesting the closest known key.</summary>
    /// <param name="noneKnownHint">The hint when no key is known here at all (instead of an empty list).</param>
    public void ReportUnknownKeys(string? noneKnownHint = null)
    {
        foreach (var (keyNode, _) in _mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (_known.Contains(key)) continue;
            var suggestion = SpellingSuggestion.Closest(key.ToLowerInvariant().Replace('-', '_').Replace(' ', '_'), _known);
            _diagnostics.Error(DiagnosticCodes.UnknownKey, At(keyNode), $"unknown key `{key}`",
                suggestion is null
                    ? _known.Count == 0 && noneKnownHint is not null ? noneKnownHint : $"known keys here: {string.Join(", ", _known.Order(StringComparer.Ordinal))}"
                    : $"did you mean `{suggestion}`?");
        }
    }

    private IEnumerable<(string Text, SourcePosition At)> Items(string key)
    {
        var node = Find(key, false);
        if (node is null) yield break;
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value):
                yield break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } s && !string.IsNullOrWhiteSpace(v))
                        yield return (TextOf(s)!.Trim(), At(s));
                    else
                        _diagnostics.Error(DiagnosticCodes.WrongType, At(child), $"each entry of `{key}` must be a single line of text");
                }

                yield break;
            default:
                WrongType(key, node, "a list");
                yield break;
        }
    }

    private YamlNode? Find(string key, bool required)
    {
        _known.Add(key);
        if (_mapping.Children.TryGetValue(KeyNode(key), out var node)) return node;
        if (required)
            _diagnostics.Error(DiagnosticCodes.MissingRequired, Start, $"the required key `{key}` is missing",
                $"add a line `{key}: …` to {Place}");
        return null;
    }

    // A mapping is searched by node, and every file searches for the same few dozen keys written in the readers:
    // one node per key, made once and only ever read (hashed and compared), from any thread.
    private static readonly ConcurrentDictionary<string, YamlScalarNode> KeyNodes = new(StringComparer.Ordinal);

    private static YamlScalarNode KeyNode(string key) => KeyNodes.GetOrAdd(key, static k => new YamlScalarNode(k));

    private void Missing(string key, YamlNode node) =>
        _diagnostics.Error(DiagnosticCodes.MissingRequired, At(node), $"the required key `{key}` is empty", $"give `{key}` a value");

    private void WrongType(string key, YamlNode node, string expected)
    {
        var found = node switch
        {
            YamlSequenceNode => "a list",
            YamlMappingNode => "a group of fields",
            _ => "a single value",
        };
        _diagnostics.Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be {expected}, but it is {found}",
            expected switch
            {
                "a list" => $"write it as a list, e.g. `{key}: [first, second]`",
                _ when expected.StartsWith("a group", StringComparison.Ordinal) => $"write one indented `name: …` line per entry under `{key}:`",
                _ => $"write it on one line, e.g. `{key}: …`",
            });
    }

    /// <summary>
    /// A scalar's text, with the characters pages cannot show replaced: a quoted value's escapes (`"\f"`, `"\e"`, `"\0"`)
    /// make them after the file's own text was checked.
    /// </summary>
    private string? TextOf(YamlScalarNode scalar) =>
        scalar.Value is null ? null : ForbiddenCharacterWarning.Replace(scalar.Value, "value", _ => At(scalar), _diagnostics);

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "~" or "null" or "Null" or "NULL";

    private SourcePosition At(YamlNode node) =>
        new(_path, _firstLine + (int)node.Start.Line - 1, (int)Math.Max(1, node.Start.Column));
}
