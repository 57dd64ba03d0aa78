using System.Text.Json.Nodes;
using Rungs.Search;

namespace Rungs.Tests.Search.Client;

/// <summary>
/// A large index splits fragments past three characters where they are too large, and serves a prefix that is split
/// from one prefix file: a query loads little, and finds exactly what the unsplit index finds (docs/search.md, "Files").
/// </summary>
public sealed class SearchSplitPrefixTests
{
    // 1,500 documents, each with forty of sixty "pro…" words in its body and one in its title: the "pro" fragment alone
    // would hold about 60,000 postings (hundreds of KB), as on a site of thousands of classes.
    private static readonly Lazy<(SearchIndex Index, Dictionary<string, byte[]> Files)> Large = new(() =>
    {
        var words = Enumerable.Range(0, 60).Select(j => "pro" + (char)('a' + j % 26) + (j < 26 ? "" : (char)('a' + j / 26)) + "x").ToList();
        var index = SearchIndex.Build(Enumerable.Range(0, 1500).Select(d => SearchTokenizerTests.Document(
            (string.Join(" ", words.Where((_, j) => (d + j) % 3 != 0)), SearchField.Body),
            (words[d % 60] + (d % 7 == 0 ? " pro" : "") + " supervisor", SearchField.Title))).ToList());
        return (index, SearchIndexFiles.Files(index).ToDictionary(f => f.Path, f => f.Bytes));
    });

    private static JsonObject IndexFiles() => SearchClientIndexTests.IndexFiles(Large.Value.Files.Select(f => (f.Key, f.Value)));

    private static readonly string[] Queries = ["pro", "prob", "proa", "probx", "probbx", "pro supervisor", "supervisor pro", "prox", "p", "pr"];

    [Fact]
    public void No_fragment_exceeds_the_budget_unless_it_holds_a_single_term()
    {
        var plan = FragmentPlan.For(Large.Value.Index);
        var fragments = Large.Value.Index.Terms.GroupBy(t => plan.KeyOf(t.Key));

        Assert.Contains("pro", plan.Deep);
        Assert.All(fragments, f => Assert.True(f.Count() == 1 || f.Sum(t => t.Key.Length + 4 + t.Value.Count * 7) <= FragmentPlan.Budget,
            $"fragment {f.Key}: {f.Count()} terms over the budget"));
    }

    [Fact]
    public void Every_term_of_a_split_index_is_in_the_fragment_the_client_looks_in()
    {
        var output = SearchClient.Run(new JsonObject { ["op"] = "index-keys", ["files"] = IndexFiles() });

        Assert.Empty(output.AsArray().Select(w => (string)w!));
    }

    [Fact]
    public void Queries_find_the_same_documents_with_the_same_scores_as_on_the_unsplit_index()
    {
        var queries = new JsonArray(Queries.Select(q => (JsonNode?)q).ToArray());
        var output = SearchClient.Run([
            new JsonObject { ["op"] = "index-scores", ["files"] = IndexFiles(), ["queries"] = queries },
            new JsonObject { ["op"] = "index-scores", ["files"] = IndexFiles(), ["queries"] = queries.DeepClone(), ["unsplit"] = true },
        ]);

        for (var q = 0; q < Queries.Length; q++)
            Assert.True(output[0]![q]!.ToJsonString() == output[1]![q]!.ToJsonString(), $"results of \"{Queries[q]}\" differ from the unsplit index's");
        Assert.Equal(1500, output[0]![0]!.AsArray().Count); // "pro" finds every document
    }

    [Fact]
    public void A_prefix_query_loads_one_small_file_however_many_terms_start_with_it()
    {
        var files = Large.Value.Files;
        var unsplit = Large.Value.Index.Terms.Where(t => t.Key.StartsWith("pro", StringComparison.Ordinal)).Sum(t => t.Key.Length + 4 + t.Value.Count * 5);
        var output = SearchClient.Run(new JsonObject
        {
            ["op"] = "index-loads", ["files"] = IndexFiles(), ["queries"] = new JsonArray(Queries.Select(q => (JsonNode?)q).ToArray()),
        });

        Assert.Equal(["search/prefix/pro.js"], output[0]!.AsArray().Select(f => (string)f!));
        Assert.True(unsplit > 300_000, $"the test's index is too small to need splitting ({unsplit} bytes of \"pro\" postings)");
        for (var q = 0; q < Queries.Length; q++)
        {
            var loaded = output[q]!.AsArray().Select(f => (string)f!).ToList();
            Assert.All(loaded, f => Assert.True(files.ContainsKey(f), $"\"{Queries[q]}\" loads {f}, which the build did not write"));
            // At most two budgets a token: a fragment within the budget or of one term, or a prefix file of one entry a document.
            var bytes = loaded.Sum(f => files[f].Length);
            Assert.True(bytes <= 2 * FragmentPlan.Budget * loaded.Count, $"\"{Queries[q]}\" loads {bytes} bytes");
        }
    }
}
