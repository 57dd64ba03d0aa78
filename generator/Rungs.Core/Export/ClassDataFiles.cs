using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Rungs.Linking;
using Rungs.Output;

namespace Rungs.Export;

/// <summary>
/// Writes every class as `api/classes/&lt;slug&gt;.json` (`&lt;series&gt;--&lt;slug&gt;.json` when several series have a class
/// with the slug: <see cref="ClassNames.FileName"/>), and the same data as a script (`.js`) that registers it,
/// because browsers refuse `fetch` from pages opened from disk but do run scripts. The render stage writes a series'
/// classes with the series' pages; the CSV catalogue of all classes is <see cref="ClassCatalogue"/>.
/// </summary>
public static class ClassDataFiles
{
    public const string Folder = "api/classes";

    private static readonly JsonTypeInfo<ClassRecord> RecordJson = new ClassRecordJson(new JsonSerializerOptions
    {
        // The default encoder escapes <, >, &, quotes and non-ASCII (incl. U+2028), so the data cannot end a script early.
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    }).ClassRecord;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    private static ReadOnlySpan<byte> ScriptStart => "(window.RungsData = window.RungsData || []).push("u8;

    private static ReadOnlySpan<byte> ScriptEnd => ");\n"u8;

    // Render threads each keep one buffer for the classes they write, so a class costs little beyond its record.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    // … and one for the script: the JSON in its frame, handed to the output and reused for the next class.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _frame;

    /// <param name="name">The class's file name (<see cref="ClassNames.FileName"/>).</param>
    public static string JsonPath(string name) => $"{Folder}/{name}.json";

    /// <param name="name">The class's file name (<see cref="ClassNames.FileName"/>).</param>
    public static string ScriptPath(string name) => $"{Folder}/{name}.js";

    /// <summary>Adds the data files (`.json` and `.js`) of the given classes to <paramref name="output"/>.</summary>
    /// <param name="libraryRefs">The site's KSA and competency records, shared by every class that links them.</param>
    public static void Write(SiteModel site, IEnumerable<Content.ClassSpec> classes, LibraryRefs libraryRefs, IOutputSink output)
    {
        foreach (var spec in classes)
        {
            // Serialise once, as UTF-8, followed by the JSON file's line end; the script frames the same JSON text.
            var json = Serialize(ClassRecord.Of(site, spec, libraryRefs));
            var name = site.ClassNames.FileName(spec);
            output.Add(JsonPath(name), json);
            output.Add(ScriptPath(name), Framed(ScriptStart, json[..^1], ScriptEnd));
        }
    }

    private static ReadOnlySpan<byte> Serialize(ClassRecord record)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) JsonSerializer.Serialize(writer, record, RecordJson);
        buffer.Write("\n"u8);
        return buffer.WrittenSpan;
    }

    private static ReadOnlySpan<byte> Framed(ReadOnlySpan<byte> start, ReadOnlySpan<byte> json, ReadOnlySpan<byte> end)
    {
        var frame = _frame ??= new ArrayBufferWriter<byte>(32 * 1024);
        frame.ResetWrittenCount();
        frame.Write(start);
        frame.Write(json);
        frame.Write(end);
        return frame.WrittenSpan;
    }
}
