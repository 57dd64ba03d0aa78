using System.Text.Json.Nodes;
using Rungs.Tests.Search.Client;

namespace Rungs.Tests.Status;

/// <summary>
/// search.js ranks abolished classes (the manifest's `former`) after the classes in force, run in Node on a hand-written
/// index of three clerks with the same score: 0 is abolished.
/// </summary>
public class SearchRankingTests
{
    private static int[] Ranked(string? former, string names)
    {
        var manifest = JsonNode.Parse("""
            {"version":1,"docs":3,"chunk":16,"split":{"c":1},"fragments":["c"],
             "weights":[40,16,12,6,4,2,2,1],"types":["Class","Competency","KSA","Job model"]}
            """)!.AsObject();
        if (former is not null) manifest["former"] = JsonNode.Parse(former);
        var fragments = JsonNode.Parse("""{"c":{"terms":{"clerk":[0,2,1,2,1,2]},"names":""" + names + "}}")!;
        var output = SearchClient.Run(new JsonObject { ["op"] = "search", ["query"] = "clerk", ["manifest"] = manifest, ["fragments"] = fragments });
        return output["hits"]!.AsArray().Select(h => (int)h!["doc"]!).ToArray();
    }

    [Fact]
    public void An_abolished_class_ranks_after_the_classes_in_force_that_match_as_well()
    {
        Assert.Equal([0, 1, 2], Ranked(null, "{}"));
        Assert.Equal([1, 2, 0], Ranked("[0]", "{}"));
    }

    [Fact]
    public void An_abolished_class_whose_name_is_typed_still_comes_first()
    {
        Assert.Equal([0, 1, 2], Ranked("[0]", """{"clerk":[0]}"""));
    }
}
