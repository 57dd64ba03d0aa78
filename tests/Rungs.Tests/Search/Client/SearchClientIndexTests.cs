using System.Text;
using System.Text.Json.Nodes;
using Rungs.Search;
using Rungs.Tests.Support;

namespace Rungs.Tests.Search.Client;

/// <summary>
/// The browser client and the C# index builder agree: the same text gives the same tokens, the same stop words are
/// optional, and every term and name of a generated index sits in the fragment the client looks in.
/// </summary>
public sealed class SearchClientIndexTests
{
    [Fact]
    public void The_client_and_the_builder_make_the_same_tokens()
    {
        string[] texts =
        [
            "Customer Service Representative 3 (AUN08330) — CUST SVC REP 3",
            "i.e., ability to coordinate; e.g. files/records & résumés",
            "Café résumé NAÏVE e\u0301cole Ångström Dvořák Łódź Øresund Straße",
            "ΣΊΣΥΦΟΣ İstanbul ǅemal ﬁle Ⅻ x² ① ٣ ४",
            "한국어 日本語 中文 עברית العربية ไทย",
            "answers 📞 calls 𝐀𝐁 then",
            "tab\tnew\nline\u00a0nbsp\u2003em\u200bzero-width\u00adsoft",
            "O’Brien's co-op 4,808.50 $12 10%",
        ];

        var output = SearchClient.Run(texts.Select(t => new JsonObject { ["op"] = "tokenize", ["text"] = t }).ToArray());

        for (var i = 0; i < texts.Length; i++)
        {
            var expected = string.Join("|", SearchTokenizer.Tokens(texts[i]));
            var actual = string.Join("|", output[i]!.AsArray().Select(t => (string)t!));
            Assert.True(expected == actual, $"tokens of \"{texts[i]}\"\nC#: {expected}\nJS: {actual}");
        }
    }

    [Fact]
    public void The_client_knows_the_stop_words_the_builder_leaves_out_of_body_text()
    {
        var output = SearchClient.Run(new JsonObject { ["op"] = "stop-words" });

        Assert.Equal(SearchTokenizer.StopWords.Order(StringComparer.Ordinal), output.AsArray().Select(w => (string)w!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_term_and_name_of_the_sample_index_is_in_the_fragment_the_client_looks_in()
    {
        var output = SearchClient.Run(new JsonObject { ["op"] = "index-keys", ["files"] = IndexFiles(SampleContent.Result.Files.Select(f => (f.Path, f.Bytes))) });

        Assert.Empty(output.AsArray().Select(w => (string)w!));
    }

    [Fact]
    public void Terms_in_other_scripts_are_found_in_their_fragment_too()
    {
        var index = SearchIndex.Build(
        [
            SearchTokenizerTests.Document(("Ωμέγα 日本 ऊर्जा 4808", SearchField.Title)),
            SearchTokenizerTests.Document(("Αλφα supervision", SearchField.Body)),
        ]);

        var output = SearchClient.Run(new JsonObject { ["op"] = "index-keys", ["files"] = IndexFiles(SearchIndexFiles.Files(index).Select(f => (f.Path, f.Bytes))) });

        Assert.Empty(output.AsArray().Select(w => (string)w!));
    }

    [Fact]
    public void On_the_sample_index_codes_and_hris_titles_find_their_class_first()
    {
        string[] queries = ["4808", "AUN04112", "cust svc rep 3", "supervis", "supervison", "customer service representative", "xyzzy"];

        var output = SearchClient.Run(new JsonObject
        {
            ["op"] = "index-search", ["files"] = IndexFiles(SampleContent.Result.Files.Select(f => (f.Path, f.Bytes))),
            ["queries"] = new JsonArray(queries.Select(q => (JsonNode?)q).ToArray()),
        }).AsArray().Select(titles => titles!.AsArray().Select(t => (string)t!).ToList()).ToList();

        Assert.Equal("Customer Service Representative", output[0][0]);
        Assert.Equal("Customer Service Representative 2", output[1][0]);
        Assert.Equal("Customer Service Representative 3", output[2][0]);
        Assert.Equal("Supervision", output[3][0]); // the KSA titled so, before classes that mention supervision
        Assert.Contains("Customer Service Assistant", output[3]);
        Assert.Equal(output[3].Order(), output[4].Order()); // one typo finds the same documents (scored lower)
        Assert.Equal("Customer Service Representative", output[5][0]);
        Assert.Empty(output[6]);
    }

    /// <summary>The search/*.js files of a build, by path, as the index-* operations of <see cref="SearchClient"/> read them.</summary>
    internal static JsonObject IndexFiles(IEnumerable<(string Path, byte[] Bytes)> files)
    {
        var index = new JsonObject();
        foreach (var (path, bytes) in files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal) && f.Path.EndsWith(".js", StringComparison.Ordinal)))
            index[path] = Encoding.UTF8.GetString(bytes);
        Assert.True(index.ContainsKey("search/manifest.js"), "the build wrote no search/manifest.js");
        return index;
    }
}
