using System.Text.Json.Nodes;
using Rungs.Tests.Support;

namespace Rungs.Tests.Search.Client;

/// <summary>
/// Given a site whose codes are numbers, the search client in Node finds a code exactly (never its neighbours) and with
/// or without its leading zeros; given the sample site, a word two edits from a long title word offers that title too,
/// after the exact matches.
/// </summary>
public sealed class SearchCodeAndNearMissTests
{
    private static readonly Lazy<JsonObject> Numbered = new(() =>
    {
        var build = NumberedCodesSite.Content().BuildClean();
        return SearchClientIndexTests.IndexFiles(build.Result.Files.Select(f => (f.Path, f.Bytes)));
    });

    private static List<List<string>> Titles(JsonObject files, params string[] queries) =>
        SearchClient.Run(new JsonObject
        {
            ["op"] = "index-search", ["files"] = files.DeepClone(),
            ["queries"] = new JsonArray(queries.Select(q => (JsonNode?)q).ToArray()),
        }).AsArray().Select(titles => titles!.AsArray().Select(t => (string)t!).ToList()).ToList();

    [Fact]
    public void A_number_finds_only_the_class_with_that_code_not_its_neighbours()
    {
        var results = Titles(Numbered.Value, "155053", "155063", "155050");

        Assert.Equal(["Grounds Lead"], results[0]);
        Assert.Equal(["Grounds Manager"], results[1]);
        Assert.Empty(results[2]);
    }

    [Fact]
    public void A_code_is_found_with_or_without_its_leading_zeros()
    {
        var results = Titles(Numbered.Value, "001368", "1368", "01368", "grounds 1368");

        Assert.All(results, titles => Assert.Equal("Grounds Director", Assert.Single(titles)));
    }

    [Theory]
    [InlineData("principle", "principal", 2, true)] // two letters changed
    [InlineData("principle", "principal", 1, false)]
    [InlineData("supervision", "supervsioin", 2, true)] // two swaps of neighbours
    [InlineData("personnel", "personal", 2, true)] // a letter changed, one left out
    [InlineData("technician", "technical", 2, true)]
    [InlineData("maintenance", "maintain", 2, false)] // three left out
    [InlineData("kitten", "sitting", 2, false)]
    [InlineData("kitten", "sitting", 3, true)]
    public void Edits_count_letters_added_left_out_changed_and_neighbours_swapped(string a, string b, int max, bool within)
    {
        var output = SearchClient.Run([new JsonObject { ["op"] = "edits", ["a"] = a, ["b"] = b, ["max"] = max },
            new JsonObject { ["op"] = "edits", ["a"] = b, ["b"] = a, ["max"] = max }]);

        Assert.Equal([within, within], output.Select(o => (bool)o!));
    }

    [Fact]
    public void A_word_two_edits_from_a_long_title_word_offers_that_title_after_the_exact_matches()
    {
        var files = SearchClientIndexTests.IndexFiles(SampleContent.Result.Files.Select(f => (f.Path, f.Bytes)));

        var results = Titles(files, "principle", "principal");

        var principle = results[0];
        Assert.Contains("Customer Service Specialist Principal", principle);
        var exact = principle.IndexOf("Customer and Personal Service"); // the KSA that says "principles"
        Assert.True(exact >= 0 && exact < principle.IndexOf("Customer Service Specialist Principal"), string.Join(" | ", principle));
        Assert.Equal("Customer Service Specialist Principal", results[1][0]);
    }
}
