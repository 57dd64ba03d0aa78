using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rungs.Linking;
using Rungs.Output;

namespace Rungs.Export;

/// <summary>
/// Writes every class as `api/classes/&lt;slug&gt;.json`, and the same data as a script (`.js`) that registers it,
/// because browsers refuse `fetch` from pages opened from disk but do run scripts. The render stage writes a series'
/// classes with the series' pages; the CSV catalogue of all classes is <see cref="ClassCatalogue"/>.
/// </summary>
public static class ClassDataFiles
{
    public const string Folder = "api/classes";

    private static readonly JsonSerializerOptions Json = new()
    {
        // The default encoder escapes <, >, &, quotes and non-ASCII (incl. U+2028), so the data cannot end a script early.
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static string JsonPath(string slug) => $"{Folder}/{slug}.json";

    public static string ScriptPath(string slug) => $"{Folder}/{slug}.js";

    /// <summary>The data files (`.json` and `.js`) of the given classes.</summary>
    public static IEnumerable<OutputFile> Files(SiteModel site, IEnumerable<Content.ClassSpec> classes) =>
        classes.SelectMany(spec =>
        {
            var json = JsonSerializer.Serialize(ClassRecord.Of(site, spec), Json);
            return new[]
            {
                new OutputFile(JsonPath(spec.Slug), Encoding.UTF8.GetBytes(json + "\n")),
                new OutputFile(ScriptPath(spec.Slug), Encoding.UTF8.GetBytes($"(window.RungsData = window.RungsData || []).push({json});\n")),
            };
        });
}
