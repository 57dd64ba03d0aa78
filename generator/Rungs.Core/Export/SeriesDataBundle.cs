using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rungs.Export;

/// <summary>
/// Writes a series' classes as one script, `api/series/&lt;series&gt;.js`, that registers them for the compare page:
/// browsers refuse `fetch` from pages opened from disk (`file://`) but do run scripts. One file per series rather than a
/// script twin of each class's JSON keeps the output small, and a one-class edit changes one bundle. The records are
/// those of `api/classes/*.json` without their `stems` (the bundle carries the series' stems once, for all its classes)
/// and without the section digests among their attributes.
/// Documented in docs/data.md ("Series bundles").
/// </summary>
public sealed class SeriesDataBundle
{
    public const string Folder = "api/series";

    public const string SchemaName = "rungs.series-data/1";

    private static ReadOnlySpan<byte> ScriptStart => "(window.RungsData = window.RungsData || []).push("u8;

    private static ReadOnlySpan<byte> ScriptEnd => ");\n"u8;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    // Render threads each keep one buffer for the bundles they write, reused series after series.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    private readonly string _series;
    private readonly ArrayBufferWriter<byte> _out;
    private readonly Utf8JsonWriter _writer;
    // Every class's stems, written once in word order at the end: hashing each word and sorting once is cheaper than
    // keeping a sorted tree through thousands of inserts.
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    /// <summary>Starts the bundle of the series <paramref name="series"/> (its slug).</summary>
    public SeriesDataBundle(string series)
    {
        _series = series;
        _out = _buffer ??= new ArrayBufferWriter<byte>(256 * 1024);
        _out.ResetWrittenCount();
        _out.Write(ScriptStart);
        _writer = new Utf8JsonWriter(_out, WriterOptions);
        _writer.WriteStartObject();
        _writer.WriteString("schema", SchemaName);
        _writer.WriteString("series", series);
        _writer.WriteStartArray("classes");
    }

    /// <param name="series">The series' slug.</param>
    public static string PathOf(string series) => $"{Folder}/{series}.js";

    /// <summary>
    /// Adds one class: its record without stems, which join the series' stems, and without the section digests among its
    /// attributes (the summary's and the qualifications' text again, which the compare page leaves out: it compares the
    /// sections themselves).
    /// </summary>
    /// <param name="json">The record as its JSON file has it (no line end): the bundle copies it, leaving out those parts.</param>
    public void Add(ClassRecord record, ReadOnlySpan<byte> json)
    {
        var without = ArrayPool<byte>.Shared.Rent(json.Length);
        var length = CopyForBundle(json, without);
        _writer.WriteRawValue(without.AsSpan(0, length), skipInputValidation: true);
        ArrayPool<byte>.Shared.Return(without);
        foreach (var (word, stem) in record.Stems) _stems[word] = stem;
    }

    /// <summary>Copies a record's JSON into <paramref name="into"/> (as long as it) without its stems and digest attributes; returns the length copied.</summary>
    internal static int CopyForBundle(ReadOnlySpan<byte> json, Span<byte> into)
    {
        // What to leave out, in order: digest attribute objects (their commas are settled as they are cut), then the stems.
        Span<(int Start, int End, bool Attribute)> cuts = stackalloc (int, int, bool)[DigestStarts.Length + 1];
        var count = 0;
        foreach (var start in DigestStarts)
            if (AttributeAt(json, start) is var (from, to) && from >= 0) cuts[count++] = (from, to, true);
        var (stemsStart, stemsEnd) = StemsOf(json);
        if (stemsStart >= 0) cuts[count++] = (stemsStart, stemsEnd, false);
        cuts[..count].Sort();
        var length = 0;
        var at = 0;
        foreach (var (start, end, attribute) in cuts[..count])
        {
            json[at..start].CopyTo(into[length..]);
            length += start - at;
            at = end;
            if (!attribute) continue;
            // An attribute takes the comma after it; the last one of the list, the comma before it (already copied).
            if (at < json.Length && json[at] == (byte)',') at++;
            else if (length > 0 && into[length - 1] == (byte)',') length--;
        }

        json[at..].CopyTo(into[length..]);
        return length + json.Length - at;
    }

    // How each section digest's attribute object starts in a record (AttributeValue's properties in order). A section's
    // record also starts with its id, but "kind" follows it, so these find only attributes.
    private static readonly byte[][] DigestStarts =
        [.. Ladders.ClassAttributes.All.Where(a => a.IsSectionDigest).Select(a => System.Text.Encoding.UTF8.GetBytes($"{{\"id\":\"{a.Id}\",\"label\":"))];

    // Where the attribute object that starts with `start` is (its braces, no comma), or (-1, -1).
    private static (int Start, int End) AttributeAt(ReadOnlySpan<byte> json, ReadOnlySpan<byte> start)
    {
        var from = json.IndexOf(start);
        return from < 0 ? (-1, -1) : (from, ValueEnd(json, from));
    }

    // Where `,"stems":{…}` is in a record's JSON, or (-1, -1). The writer's encoder escapes every `"` inside a string
    // (\u0022), so the property name cannot occur inside a value, and no nested object has a `stems` property.
    // `stems` is the record's last property (ClassRecord declares it last), so it ends where the record does.
    private static (int Start, int End) StemsOf(ReadOnlySpan<byte> json)
    {
        var start = json.LastIndexOf(",\"stems\":{"u8);
        if (start < 0) return (-1, -1);
        var value = start + ",\"stems\":"u8.Length;
        if (json.EndsWith("}}"u8) && json[(value + 1)..^2].IndexOfAny("{}"u8) < 0) return (start, json.Length - 1);
        return (start, ValueEnd(json, value));
    }

    // Where the JSON value that starts at `at` ends, as the reader skips it.
    private static int ValueEnd(ReadOnlySpan<byte> json, int at)
    {
        var reader = new Utf8JsonReader(json[at..]);
        reader.Read();
        reader.Skip();
        return at + (int)reader.BytesConsumed;
    }

    /// <summary>Ends the bundle and adds it to <paramref name="output"/>.</summary>
    public void WriteTo(Output.IOutputSink output)
    {
        _writer.WriteEndArray();
        _writer.WriteStartObject("stems");
        foreach (var word in _stems.Keys.Order(StringComparer.Ordinal)) _writer.WriteString(word, _stems[word]);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Dispose();
        _out.Write(ScriptEnd);
        output.Add(PathOf(_series), _out.WrittenSpan);
    }
}
