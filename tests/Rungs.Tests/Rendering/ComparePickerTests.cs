using System.Text.Json;
using System.Text.RegularExpressions;
using Rungs.Rendering.Pages;
using Rungs.Tests.Corpus;
using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>
/// The compare page stays small however many classes a site has: up to <see cref="CompareNames.MaxListed"/> it lists
/// every class as an option; past that it has type-ahead boxes, and a directory (`compare/names/&lt;n&gt;.js`) gives the
/// series of any class named in its address.
/// </summary>
public sealed class ComparePickerTests
{
    [Fact]
    public void A_small_site_lists_its_classes_as_options_and_writes_no_directory()
    {
        var site = TestSite.Sample().BuildClean();

        var page = site.Page("compare/index.html");
        Assert.Contains("<select id=\"compare-a\" name=\"a\">", page);
        Assert.Contains("<option value=\"customer-service-representative\">", page);
        Assert.DoesNotContain("data-name-shards", page);
        Assert.DoesNotContain(site.Result.Files, f => f.Path.StartsWith(CompareNames.Folder + "/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_large_site_has_typed_boxes_and_a_directory_that_names_the_series_of_every_class_in_the_file_its_hash_picks()
    {
        var result = GeneratedCorpus.Build(LargeCompareSite.Files());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Rungs.Diagnostics.Severity.Error);
        var output = result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);

        var page = System.Text.Encoding.UTF8.GetString(output["compare/index.html"]);
        Assert.Contains("<input id=\"compare-a\" name=\"a\" type=\"text\"", page);
        Assert.DoesNotContain("<option", page);
        Assert.DoesNotContain("<optgroup", page);
        var shards = int.Parse(Regex.Match(page, "data-name-shards=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(CompareNames.ShardCount(LargeCompareSite.Classes), shards);
        Assert.Contains("<a href=\"../series/index.html\">list of series</a>", page);

        // Every class's name (its data file's name) is in exactly the file its hash picks, with its series.
        var directory = new Dictionary<string, (string Series, int Shard)>(StringComparer.Ordinal);
        for (var shard = 0; shard < shards; shard++)
        {
            var text = System.Text.Encoding.UTF8.GetString(output[CompareNames.PathOf(shard)]);
            var prefix = $"rungsCompareNames({shard}, ";
            Assert.StartsWith(prefix, text, StringComparison.Ordinal);
            Assert.EndsWith(");\n", text, StringComparison.Ordinal);
            foreach (var entry in JsonDocument.Parse(text[prefix.Length..^3]).RootElement.EnumerateObject())
                directory.Add(entry.Name, (entry.Value.GetString()!, shard));
        }

        var dataFiles = output.Keys.Where(p => p.StartsWith("api/classes/", StringComparison.Ordinal)).Select(p => p["api/classes/".Length..^".json".Length]).ToList();
        Assert.Equal(dataFiles.Order(StringComparer.Ordinal), directory.Keys.Order(StringComparer.Ordinal));
        Assert.All(directory, e => Assert.Equal(CompareNames.ShardOf(e.Key, shards), e.Value.Shard));
        Assert.Equal("office", directory["office--clerk-1"].Series);
        Assert.Equal("library", directory["library--clerk-1"].Series);
        Assert.Equal("library", directory["clerk-3"].Series);
        Assert.True(directory.Values.Select(v => v.Shard).Distinct().Count() == shards, "every file holds some names");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(256, 1)]
    [InlineData(257, 2)]
    [InlineData(600, 4)]
    [InlineData(10_000, 64)]
    [InlineData(30_000, 128)]
    public void The_directory_has_a_power_of_two_files_of_at_most_256_names_on_average(int classes, int shards) =>
        Assert.Equal(shards, CompareNames.ShardCount(classes));

    [Fact]
    public void The_hash_is_FNV_1a_over_the_names_UTF16_units() =>
        // FNV-1a of "a" is 0xE40C292C (the published test vector); masked to 64 files, 0x2C.
        Assert.Equal(0x2C, CompareNames.ShardOf("a", 64));
}
