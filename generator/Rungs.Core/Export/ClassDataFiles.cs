using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Rungs.Linking;
using Rungs.Output;

namespace Rungs.Export;

/// <summary>
/// Writes every class as `api/classes/&lt;slug&gt;.json` (`&lt;series&gt;--&lt;slug&gt;.json` when several series have a class
/// with the slug: <see cref="ClassNames.FileName"/>), and a series' classes as one script that registers them
/// (<see cref="SeriesDataBundle"/>), because browsers refuse `fetch` from pages opened from disk but do run scripts.
/// The render stage writes a series' classes with the series' pages; the CSV catalogue of all classes is <see cref="ClassCatalogue"/>.
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

    // Render threads each keep one buffer for the classes they write, so a class costs little beyond its record.
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    /// <param name="name">The class's file name (<see cref="ClassNames.FileName"/>).</param>
    public static string JsonPath(string name) => $"{Folder}/{name}.json";

    /// <summary>Adds the data files of a series' classes to <paramref name="output"/>: each class's `.json`, and the series' bundle.</summary>
    /// <param name="libraryRefs">The site's KSA and competency records, shared by every class that links them.</param>
    public static void Write(SiteModel site, string series, IEnumerable<Content.ClassSpec> classes, LibraryRefs libraryRefs, IOutputSink output)
    {
        var bundle = new SeriesDataBundle(series);
        foreach (var spec in classes)
        {
            // Serialised once: the bundle copies the JSON file's text without its stems.
            var record = ClassRecord.Of(site, spec, libraryRefs);
            var json = Serialize(record);
            output.Add(JsonPath(site.ClassNames.FileName(spec)), json);
            bundle.Add(record, json[..^1]);
        }
        bundle.WriteTo(output);
    }

    private static ReadOnlySpan<byte> Serialize(ClassRecord record)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) JsonSerializer.Serialize(writer, record, RecordJson);
        buffer.Write("\n"u8);
        return buffer.WrittenSpan;
    }
}
