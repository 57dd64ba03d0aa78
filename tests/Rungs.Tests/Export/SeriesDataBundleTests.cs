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

    private static JsonObject Bundle(BuiltSite site, string series)
    {
        const string start = "(window.RungsData = window.RungsData || []).push(", end = ");\n";
        var script = site.Page($"api/series/{series}.js");
        Assert.StartsWith(start, script, StringComparison.Ordinal);
        Assert.EndsWith(end, script, StringComparison.Ordinal);
        return JsonNode.Parse(script[start.Length..^end.Length])!.AsObject();
    }

    [Fact]
    public void A_series_bundle_registers_each_class_record_as_its_json_file_has_it_without_stems_or_section_digests()
    {
        var bundle = Bundle(Site, "cs");
        Assert.Equal("rungs.series-data/1", (string?)bundle["schema"]);
        Assert.Equal("cs", (string?)bundle["series"]);
        var classes = bundle["classes"]!.AsArray();
        Assert.Equal(["cs-assistant", "cs-representative"], classes.Select(c => (string)c!["slug"]!));
        Assert.True(RecordsMatch(Site, bundle) > 0);
    }

    [Fact]
    public void Every_bundle_of_the_sample_site_holds_its_classes_records_less_stems_and_digests()
    {
        // Real text: quotes, apostrophes, brackets and non-ASCII in the digests cut out of the records.
        var site = new BuiltSite(SampleContent.Result);
        var digests = 0;
        foreach (var path in site.Paths.Where(p => p.StartsWith("api/series/", StringComparison.Ordinal)))
            digests += RecordsMatch(site, Bundle(site, path["api/series/".Length..^".js".Length]));

        Assert.True(digests >= 10, $"{digests} digests cut");
    }

    /// <summary>Checks each record of the bundle against its JSON file less `stems` and the digests; returns how many digests were cut.</summary>
    private static int RecordsMatch(BuiltSite site, JsonObject bundle)
    {
        var cut = 0;
        foreach (var record in bundle["classes"]!.AsArray())
        {
            var json = JsonNode.Parse(site.Page($"api/classes/{(string)record!["slug"]!}.json"))!.AsObject();
            json.Remove("stems");
            var attributes = json["attributes"]!.AsArray();
            foreach (var digest in attributes.Where(a => (string?)a!["id"] is "summary" or "minimum-qualifications").ToList())
            {
                attributes.Remove(digest);
                cut++;
            }

            Assert.True(JsonNode.DeepEquals(json, record), (string?)record["slug"]);
        }

        return cut;
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
        var stems = Bundle(Site, "cs")["stems"]!.AsObject();
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

/// <summary>The cut of a record for its bundle leaves valid JSON wherever the digests stand among the attributes.</summary>
public sealed class SeriesDataBundleCutTests
{
    [Theory]
    [InlineData("S", "[]")]
    [InlineData("S,Q", "[]")]
    [InlineData("A,S,Q", "[A]")]
    [InlineData("S,Q,A", "[A]")]
    [InlineData("A,S,B,Q", "[A,B]")]
    [InlineData("A,Q,S,B", "[A,B]")]
    [InlineData("A,B", "[A,B]")]
    public void Digest_attributes_are_cut_with_one_comma_wherever_they_stand(string attributes, string expected)
    {
        static string Attribute(char c) => c switch
        {
            'S' => """{"id":"summary","label":"Summary","value":"A {braced}, [bracketed] \u0022quoted\u0022 summary."}""",
            'Q' => """{"id":"minimum-qualifications","label":"Minimum qualifications","value":"Two years; see {x}."}""",
            var other => "{\"id\":\"" + other + "\",\"label\":\"" + other + "\",\"value\":\"v\"}",
        };
        var json = "{\"slug\":\"x\",\"attributes\":[" + string.Join(",", attributes.Split(',').Select(a => Attribute(a[0])))
            + "],\"sections\":[{\"id\":\"summary\",\"kind\":\"Summary\"}],\"stems\":{\"reviews\":\"review\"}}";
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var into = new byte[bytes.Length];

        var length = Rungs.Export.SeriesDataBundle.CopyForBundle(bytes, into);

        var record = JsonNode.Parse(into.AsSpan(0, length))!.AsObject();
        Assert.Equal(expected, "[" + string.Join(",", record["attributes"]!.AsArray().Select(a => (string)a!["id"]!)) + "]");
        Assert.False(record.ContainsKey("stems"));
        Assert.Equal("summary", (string?)record["sections"]![0]!["id"]);
    }
}
