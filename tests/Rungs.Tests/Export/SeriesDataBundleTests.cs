using System.Text.Json.Nodes;
using Rungs.Tests.Support;

namespace Rungs.Tests.Export;

/// <summary>
/// Given a series, the site publishes its classes' data for the compare page as one script, `api/series/&lt;series&gt;.js`,
/// beside each class's `api/classes/&lt;slug&gt;.json`: the same records, the series' stems once, and no per-class script.
/// </summary>
public sealed class SeriesDataBundleTests
{
    private static readonly BuiltSite Site = TestSite.Minimal().BuildClean();

    private static JsonObject Bundle(string series)
    {
        const string start = "(window.RungsData = window.RungsData || []).push(", end = ");\n";
        var script = Site.Page($"api/series/{series}.js");
        Assert.StartsWith(start, script, StringComparison.Ordinal);
        Assert.EndsWith(end, script, StringComparison.Ordinal);
        return JsonNode.Parse(script[start.Length..^end.Length])!.AsObject();
    }

    [Fact]
    public void A_series_bundle_registers_each_class_record_as_its_json_file_has_it_without_stems()
    {
        var bundle = Bundle("cs");
        Assert.Equal("rungs.series-data/1", (string?)bundle["schema"]);
        Assert.Equal("cs", (string?)bundle["series"]);
        var classes = bundle["classes"]!.AsArray();
        Assert.Equal(["cs-assistant", "cs-representative"], classes.Select(c => (string)c!["slug"]!));
        foreach (var record in classes)
        {
            var json = JsonNode.Parse(Site.Page($"api/classes/{(string)record!["slug"]!}.json"))!.AsObject();
            json.Remove("stems");
            Assert.True(JsonNode.DeepEquals(json, record), (string?)record["slug"]);
        }
    }

    [Fact]
    public void A_class_record_ends_with_its_stems_so_the_bundle_cuts_them_without_reading_the_record()
    {
        foreach (var slug in (string[])["cs-assistant", "cs-representative"])
            Assert.Equal("stems", JsonNode.Parse(Site.Page($"api/classes/{slug}.json"))!.AsObject().Last().Key);
    }

    [Fact]
    public void The_bundle_carries_the_stems_of_all_its_classes_once()
    {
        var stems = Bundle("cs")["stems"]!.AsObject();
        Assert.NotEmpty(stems);
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slug in (string[])["cs-assistant", "cs-representative"])
            foreach (var (word, stem) in JsonNode.Parse(Site.Page($"api/classes/{slug}.json"))!["stems"]!.AsObject())
            {
                Assert.Equal((string?)stem, (string?)stems[word]);
                union.Add(word);
            }

        Assert.Equal(union.Order(StringComparer.Ordinal), stems.Select(s => s.Key));
    }

    [Fact]
    public void No_class_has_a_script_twin_of_its_json()
    {
        Assert.True(Site.Has("api/classes/cs-assistant.json"));
        Assert.DoesNotContain(Site.Paths, p => p.StartsWith("api/classes/", StringComparison.Ordinal) && p.EndsWith(".js", StringComparison.Ordinal));
    }
}
