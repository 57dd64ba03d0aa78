// Prints line coverage per area from coverlet's Cobertura files: `dotnet run --file scripts/coverage-summary.cs -- DIR`.
// An area is a project and its first folder (Rungs.Core/Input); files at a project's root count as the project itself.
using System.Globalization;
using System.Xml.Linq;

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: coverage-summary DIR (a folder holding coverage.cobertura.xml files)");
    return 2;
}

// (area, file, line) → hit at least once; a line reported by several test runs counts once.
var lines = new Dictionary<(string Area, string File, int Line), bool>();
foreach (var report in Directory.EnumerateFiles(args[0], "coverage.cobertura.xml", SearchOption.AllDirectories))
{
    var document = XDocument.Load(report);
    var sources = document.Descendants("source").Select(s => s.Value.TrimEnd('/', '\\')).ToList();
    foreach (var cls in document.Descendants("class"))
    {
        var file = cls.Attribute("filename")!.Value.Replace('\\', '/');
        var full = sources.Select(s => s + "/" + file).FirstOrDefault(File.Exists) ?? file;
        var area = Area(full);
        if (area is null) continue;
        foreach (var line in cls.Descendants("line"))
        {
            var key = (area, full, int.Parse(line.Attribute("number")!.Value, CultureInfo.InvariantCulture));
            var hit = long.Parse(line.Attribute("hits")!.Value, CultureInfo.InvariantCulture) > 0;
            lines[key] = lines.GetValueOrDefault(key) || hit;
        }
    }
}

if (lines.Count == 0)
{
    Console.Error.WriteLine($"coverage-summary: no coverage.cobertura.xml with generator sources under {args[0]}");
    return 1;
}

Console.WriteLine($"{"area",-28} {"lines",7} {"covered",8} {"%",6}");
foreach (var group in lines.GroupBy(l => l.Key.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
    Row(group.Key, group.Count(), group.Count(l => l.Value));
Row("all", lines.Count, lines.Count(l => l.Value));
return 0;

static void Row(string name, int total, int covered) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28} {total,7} {covered,8} {100.0 * covered / total,6:0.0}"));

// generator/Rungs.Core/Input/ContentReader.cs → Rungs.Core/Input; generated files (obj/) are left out.
static string? Area(string path)
{
    var parts = path.Split('/');
    var at = Array.LastIndexOf(parts, "generator");
    if (at < 0 || at + 2 >= parts.Length || parts.Contains("obj")) return null;
    return at + 3 < parts.Length ? parts[at + 1] + "/" + parts[at + 2] : parts[at + 1];
}
