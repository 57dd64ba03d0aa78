using System.Text.Json.Nodes;

namespace Rungs.Tests.Search.Client;

/// <summary>
/// The browser's search engine (themes/default/assets/search.js), run in Node on a tiny index written by hand here, so
/// each rule of docs/search.md is checked on its own: tokens, fragment keys, postings, scoring, prefixes, typos, AND,
/// names first, highlighting, facets and the search page's address.
/// </summary>
public sealed class SearchClientTests
{
    // Six documents: three classes, a KSA, a competency and a job model (docs/search.md, "What is indexed").
    //   0 Customer Service Representative (4808; "supervision" and "staff" in its body)
    //   1 Customer Service Representative 2 (AUN04112, HRIS title CUST SVC REP 2)
    //   2 Customer Service Representative 3 (AUN08330, HRIS title CUST SVC REP 3)
    //   3 KSA "Supervision of staff"
    //   4 competency "Service Focus" ("teller" in its title for the sake of the test; "supervisor" and "ωμέγα" in its body)
    //   5 job model "Client Service Specialist" (example position and alias "Teller"; "superb" in its body)
    // Masks: code 1, title 2, name 4, positions 8, series 16, linked 32, facts 64, body 128. Postings are delta-encoded.
    private static readonly JsonObject Manifest = Json("""
        {"version":1,"docs":6,"chunk":2,
         "split":{"2":1,"3":1,"4":1,"a":1,"c":2,"f":1,"o":1,"r":1,"s":3,"t":1},
         "fragments":["2","3","4","_","a","cl","cu","f","o","r","ser","spe","sta","sup","svc","t"],
         "weights":[40,16,12,6,4,2,2,1],"types":["Class","Competency","KSA","Job model"]}
        """);

    private static readonly JsonObject Fragments = Json("""
        {
          "2": {"terms":{"2":[1,2]},"names":{}},
          "3": {"terms":{"3":[2,2]},"names":{}},
          "4": {"terms":{"4808":[0,1]},"names":{"4808":[0]}},
          "_": {"terms":{"ωμεγα":[4,128]},"names":{}},
          "a": {"terms":{"aun04112":[1,1],"aun08330":[2,1]},"names":{"aun04112":[1],"aun08330":[2]}},
          "cl": {"terms":{"client":[5,2]},"names":{"client service specialist":[5]}},
          "cu": {"terms":{"customer":[0,18,1,18,1,18],"cust":[1,4,1,4]},
                 "names":{"customer service representative":[0],"customer service representative 2":[1],"cust svc rep 2":[1],
                          "customer service representative 3":[2],"cust svc rep 3":[2]}},
          "f": {"terms":{"focus":[4,2]},"names":{}},
          "o": {"terms":{"of":[3,2]},"names":{}},
          "r": {"terms":{"representative":[0,2,1,2,1,2],"rep":[1,4,1,4]},"names":{}},
          "ser": {"terms":{"service":[0,18,1,18,1,18,2,2,1,2]},"names":{"service focus":[4]}},
          "spe": {"terms":{"specialist":[5,2]},"names":{}},
          "sta": {"terms":{"staff":[0,128,3,2]},"names":{}},
          "sup": {"terms":{"supervision":[0,128,3,2],"supervisor":[4,128],"superb":[5,128]},"names":{"supervision of staff":[3]}},
          "svc": {"terms":{"svc":[1,4,1,4]},"names":{}},
          "t": {"terms":{"teller":[4,2,1,4]},"names":{"teller":[5]}}
        }
        """);

    private static readonly JsonObject Facets = Json("""
        {"series":["Customer Service Series"],"grades":["13","15"],"flsa":["Exempt","Non-exempt"],
         "doc":{"k":[0,0,0,2,1,3],"s":[0,0,0,-1,-1,-1],"g":[1,1,0,-1,-1,-1],"f":[1,1,0,-1,-1,-1]}}
        """);

    [Theory]
    [InlineData("Customer Service Representative", "customer|service|representative")]
    [InlineData("AUN04112", "aun04112")]
    [InlineData("CUST SVC REP 3", "cust|svc|rep|3")]
    [InlineData("i.e., ability to deal", "i|e|ability|to|deal")]
    [InlineData("Time Management – Scheduling", "time|management|scheduling")]
    [InlineData("documentation/records (e.g. files)", "documentation|records|e|g|files")]
    [InlineData("Café résumé NAÏVE", "cafe|resume|naive")]
    [InlineData("e\u0301cole cafe\u0301", "ecole|cafe")] // accents as separate combining marks
    [InlineData("ΣΊΣΥΦΟΣ İstanbul", "σισυφοσ|istanbul")] // one character at a time: no final sigma, no dotted i
    [InlineData("4,808.50 $", "4|808|50")]
    [InlineData("Straße Øresund", "straße|øresund")] // no accent to remove: kept as they are
    [InlineData("x² ① ٣", "x|٣")] // superscripts and circled numbers are not decimal digits
    [InlineData("한국어 日本", "한국어|日本")]
    [InlineData(" -- ", "")]
    public void Text_is_lower_cased_stripped_of_accents_and_split_on_anything_but_letters_and_digits(string text, string tokens)
    {
        var output = SearchClient.Run(new JsonObject { ["op"] = "tokenize", ["text"] = text });

        Assert.Equal(tokens, string.Join("|", output.AsArray().Select(t => (string)t!)));
    }

    [Theory]
    [InlineData("supervision", "sup")]
    [InlineData("su", "su")] // shorter than the split: the whole term
    [InlineData("s", "s")]
    [InlineData("customer", "cu")]
    [InlineData("4808", "4")]
    [InlineData("xylophone", "x")] // a character the split does not list: one character
    [InlineData("ωμεγα", "_")] // not a-z or 0-9
    [InlineData("日本", "_")]
    public void A_term_lives_in_the_fragment_named_by_its_first_split_characters(string term, string key)
    {
        var output = SearchClient.Run(new JsonObject { ["op"] = "key", ["term"] = term, ["manifest"] = Manifest.DeepClone() });

        Assert.Equal(key, (string)output!);
    }

    [Fact]
    public void Other_characters_use_a_hex_named_fragment_when_the_index_has_one()
    {
        var manifest = Manifest.DeepClone().AsObject();
        manifest["fragments"]!.AsArray().Add("_3c9");

        var output = SearchClient.Run([
            new JsonObject { ["op"] = "key", ["term"] = "ωμεγα", ["manifest"] = manifest },
            new JsonObject { ["op"] = "key", ["term"] = "日本", ["manifest"] = manifest.DeepClone() },
        ]);

        Assert.Equal(["_3c9", "_"], output.Select(k => (string)k!));
    }

    [Theory]
    [InlineData("[0,2,2,128,1,4]", "[0,2,2,128,3,4]")]
    [InlineData("[5,1]", "[5,1]")]
    [InlineData("[1,4,1,4]", "[1,4,2,4]")]
    [InlineData("[]", "[]")]
    public void Postings_are_pairs_of_a_document_delta_and_a_field_mask(string list, string decoded)
    {
        var output = SearchClient.Run(new JsonObject { ["op"] = "decode", ["list"] = JsonNode.Parse(list) });

        Assert.Equal(decoded, output.ToJsonString());
    }

    [Theory]
    [InlineData("supervision", "supervison", true)] // a letter left out
    [InlineData("supervision", "supervisionn", true)] // one too many
    [InlineData("supervision", "supervisiom", true)] // one wrong
    [InlineData("supervision", "supervisoin", true)] // two neighbours swapped: one typo
    [InlineData("supervision", "supervisino", true)]
    [InlineData("supervision", "supervsioin", false)] // two swaps
    [InlineData("supervision", "supervisor", false)]
    [InlineData("teller", "telelr", true)]
    [InlineData("teller", "teller", true)]
    [InlineData("teller", "tellers", true)]
    [InlineData("teller", "tel", false)]
    public void A_typo_is_one_letter_added_left_out_or_changed_or_two_neighbours_swapped(string a, string b, bool within)
    {
        var output = SearchClient.Run([
            new JsonObject { ["op"] = "edit", ["a"] = a, ["b"] = b },
            new JsonObject { ["op"] = "edit", ["a"] = b, ["b"] = a },
        ]);

        Assert.Equal([within, within], output.Select(r => (bool)r!));
    }

    [Fact]
    public void A_query_loads_only_the_fragments_of_its_tokens_that_exist()
    {
        var plan = SearchClient.Run(new JsonObject { ["op"] = "parse", ["query"] = "Supervision of staff, supervision; xylophone", ["manifest"] = Manifest.DeepClone() });

        Assert.Equal(["sup", "o", "sta"], plan["keys"]!.AsArray().Select(k => (string)k!));
        Assert.Equal("supervision of staff supervision xylophone", (string)plan["name"]!);
        var tokens = plan["tokens"]!.AsArray();
        Assert.Equal(["supervision", "of", "staff", "xylophone"], tokens.Select(t => (string)t!["text"]!));
        Assert.Equal([true, false, true, true], tokens.Select(t => (bool)t!["required"]!)); // a stop word is not required
    }

    [Fact]
    public void A_title_match_outranks_a_passing_mention_in_the_body()
    {
        var hits = Hits("supervision");

        Assert.Equal([3, 0], hits.Select(h => h.Doc));
        // Score: Σ weight(field) × idf × 1 for an exact term; idf = ln(1 + docs / df).
        Assert.Equal(16 * Math.Log(1 + 6.0 / 2), hits[0].Score, 9);
        Assert.Equal(1 * Math.Log(1 + 6.0 / 2), hits[1].Score, 9);
    }

    [Fact]
    public void A_code_outranks_a_title_and_a_document_takes_the_best_of_its_fields()
    {
        // "customer" is in the title and series of 0, 1 and 2: 16 + 4 for each.
        Assert.Equal(20 * Math.Log(1 + 6.0 / 3), Hits("customer")[0].Score, 9);
        Assert.Equal(40 * Math.Log(1 + 6.0 / 1), Hits("4808")[0].Score, 9);
    }

    [Fact]
    public void A_query_that_is_a_name_puts_its_document_first()
    {
        // "teller" is in the title of 4 (weight 16) but is the alias of 5 (weight 12): the name wins.
        var teller = Hits("Teller");
        Assert.Equal([5, 4], teller.Select(h => h.Doc));
        Assert.True(teller[0].Named && !teller[1].Named);
        Assert.True(teller[0].Score < teller[1].Score);

        Assert.Equal([0], Hits("4808").Select(h => h.Doc));
        Assert.Equal([1], Hits("AUN04112").Select(h => h.Doc));
        Assert.Equal([2], Hits("cust svc rep 3").Select(h => h.Doc));
        Assert.Equal([2], Hits("CUST-SVC-REP-3").Select(h => h.Doc));
        // All three classes match; the one whose title the query is comes first, the others in score order.
        var named = Hits("Customer Service Representative");
        Assert.Equal([0, 1, 2], named.Select(h => h.Doc));
        Assert.True(named[0].Named);
    }

    [Fact]
    public void Tokens_of_three_or_more_characters_also_match_as_prefixes_at_three_quarters()
    {
        var hits = Hits("represent");
        Assert.Equal([0, 1, 2], hits.Select(h => h.Doc));
        Assert.Equal(16 * Math.Log(1 + 6.0 / 3) * 0.75, hits[0].Score, 9);

        Assert.Equal([3, 4, 0], Hits("supervis").Select(h => h.Doc)); // supervision and supervisor, not superb
        Assert.Equal([3, 4, 5, 0], Hits("super").Select(h => h.Doc));
        Assert.Empty(Hits("su")); // two characters: exact only
        Assert.Equal([1, 2, 0], Hits("rep").Select(h => h.Doc)); // exact "rep" (HRIS title) beats the prefix of "representative"
    }

    [Fact]
    public void Tokens_of_five_or_more_characters_also_match_terms_one_typo_away_at_half()
    {
        var hits = Search("supervison");
        Assert.Equal([3, 4, 0], hits.Hits.Select(h => h.Doc));
        Assert.Equal(16 * Math.Log(1 + 6.0 / 2) * 0.5, hits.Hits[0].Score, 9);
        Assert.Equal(["supervision", "supervisor"], hits.Typos); // both one letter away

        Assert.Equal([3, 0], Hits("supervisoin").Select(h => h.Doc));
        Assert.Equal([0, 1, 2], Hits("cutsomer").Select(h => h.Doc));
        Assert.Equal([4, 5], Hits("teler").Select(h => h.Doc)); // a typo is not a name: by score
        Assert.Empty(Hits("focs")); // four characters: no typo allowed
        Assert.Empty(Hits("sipervision")); // a typo in the fragment key is not looked for
    }

    [Fact]
    public void Every_token_must_match_but_stop_words_are_optional()
    {
        Assert.Equal([2], Hits("customer 3").Select(h => h.Doc));
        Assert.Equal([4], Hits("service focus").Select(h => h.Doc));
        Assert.Empty(Hits("customer focus"));
        Assert.Empty(Hits("customer xylophone"));
        // "of" is in the title of 3 only (the index drops stop words from body text), yet 0 matches the other words.
        Assert.Equal([3, 0], Hits("supervision of staff").Select(h => h.Doc));
        Assert.Equal([3], Hits("of").Select(h => h.Doc)); // a query of stop words only needs them
        Assert.Empty(Hits(" ,; "));
    }

    [Fact]
    public void Matches_are_marked_whole_and_prefixes_only_as_far_as_typed()
    {
        Assert.Equal("[Supervis]ion of [staff]", Highlight("supervis staff", "Supervision of staff")); // "of" is optional: not marked
        Assert.Equal("[Supervision] and [supervisors]", Highlight("supervison supervisors", "Supervision and supervisors"));
        Assert.Equal("Level [3], not 30", Highlight("3", "Level 3, not 30"));
        Assert.Equal("[4808] · [AUN04112]", Highlight("4808 aun04112", "4808 · AUN04112"));
        Assert.Equal("Le [Café] and [Cafe\u0301]s", Highlight("cafe", "Le Café and Cafe\u0301s")); // the accent stays with its letter
        Assert.Equal("[Represent]ative", Highlight("rep represent", "Representative"));
        Assert.Equal("<[b]>", Highlight("b", "<b>"));
    }

    [Fact]
    public void A_long_excerpt_is_cut_at_spaces_around_the_first_match()
    {
        var text = string.Join(" ", Enumerable.Repeat("plain words", 30)) + " then supervision comes " + string.Join(" ", Enumerable.Repeat("more words", 30));

        var clipped = (string)SearchClient.Run(new JsonObject { ["op"] = "clip", ["query"] = "supervision", ["text"] = text, ["size"] = 80, ["manifest"] = Manifest.DeepClone() })!;

        Assert.StartsWith("…", clipped, StringComparison.Ordinal);
        Assert.EndsWith("…", clipped, StringComparison.Ordinal);
        Assert.Contains("supervision", clipped, StringComparison.Ordinal);
        Assert.True(clipped.Length <= 82, clipped);
        Assert.DoesNotContain("  ", clipped, StringComparison.Ordinal);
        Assert.True(text.Contains(clipped.Trim('…'), StringComparison.Ordinal), clipped);
    }

    [Fact]
    public void Facet_counts_apply_the_other_facets_and_values_of_one_facet_add_up()
    {
        int[] all = [0, 1, 2, 3, 4, 5];

        var none = Facet(all, "");
        Assert.Equal("type 3,1,1,1 | series 3 | grade 1,2 | pay  | flsa 1,2", none.Counts);
        Assert.Equal(all, none.Docs);

        // Non-exempt narrows the other facets' counts, not its own.
        var nonExempt = Facet(all, "?flsa=non-exempt");
        Assert.Equal("type 2,0,0,0 | series 2 | grade 0,2 | pay  | flsa 1,2", nonExempt.Counts);
        Assert.Equal([0, 1], nonExempt.Docs);

        // Two types: either; with a grade: both facets apply.
        Assert.Equal([0, 1, 2, 3], Facet(all, "?type=class&type=ksa").Docs);
        Assert.Equal([2], Facet(all, "?type=class&type=ksa&grade=13").Docs);
        Assert.Equal("type 1,0,0,0 | series 1 | grade 1,2 | pay  | flsa 1,0", Facet(all, "?type=class&type=ksa&grade=13").Counts);

        // Only the query's documents count.
        Assert.Equal("type 1,0,1,0 | series 1 | grade 0,1 | pay  | flsa 0,1", Facet([3, 0], "").Counts);
        Assert.Equal([3], Facet([3, 0], "?type=ksa").Docs);
        Assert.Equal([0, 1], Facet(all, "?flsa=Non-Exempt&series=nonsense").Docs); // values compare as slugs; unknown ones are ignored
    }

    [Theory]
    [InlineData("5,0,9,1,9,2", "", 3, "0,2,4")] // the three with most results; ties in list order
    [InlineData("5,0,9,1,9,2", "1,3", 3, "0,1,2,3,4")] // chosen ones stay, even without results, and do not take a place
    [InlineData("5,0,9,1,9,2", "", null, "0,2,3,4,5")] // expanded: every value with results
    [InlineData("0,0", "", 8, "")]
    public void A_long_facet_offers_the_values_with_most_results_and_always_the_chosen_ones(string counts, string chosen, int? limit, string shown)
    {
        var output = SearchClient.Run(new JsonObject
        {
            ["op"] = "shown", ["counts"] = Numbers(counts), ["chosen"] = Numbers(chosen), ["limit"] = limit,
        });

        Assert.Equal(shown, string.Join(",", output.AsArray().Select((v, i) => (bool)v! ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : null).OfType<string>()));
    }

    [Theory]
    [InlineData("?q=cust+svc+rep+3&type=class&type=ksa&flsa=non-exempt", "q=cust+svc+rep+3&type=class&type=ksa&flsa=non-exempt", "q=cust+svc+rep+3&type=class&type=ksa&flsa=non-exempt")]
    [InlineData("?flsa=non-exempt&q=4808", "q=4808&flsa=non-exempt", "q=4808&flsa=non-exempt")]
    [InlineData("?q=R%26D+caf%C3%A9+%3F", "q=R%26D+caf%C3%A9+%3F", "q=R%26D+caf%C3%A9+%3F")]
    [InlineData("?type=Job+model&series=Customer%20Service%20Series&grade=15&flsa=", "type=Job+model&series=Customer+Service+Series&grade=15", "type=job-model&series=customer-service-series&grade=15")]
    [InlineData("?type=nonsense&grade=15&grade=13&other=1", "type=nonsense&grade=15&grade=13", "grade=13&grade=15")]
    [InlineData("", "", "")]
    public void The_query_and_the_chosen_facets_round_trip_through_the_address(string search, string written, string normalised)
    {
        var values = new JsonObject
        {
            ["type"] = Manifest["types"]!.DeepClone(), ["series"] = Facets["series"]!.DeepClone(),
            ["grade"] = Facets["grades"]!.DeepClone(), ["flsa"] = Facets["flsa"]!.DeepClone(),
        };

        var output = SearchClient.Run(new JsonObject { ["op"] = "state", ["search"] = search, ["values"] = values });

        Assert.Equal(written, (string)output["search"]!);
        Assert.Equal(normalised, (string)output["normalised"]!);
        // Reading what was written gives the same state again.
        var again = SearchClient.Run(new JsonObject { ["op"] = "state", ["search"] = "?" + written });
        Assert.Equal(output["state"]!.ToJsonString(), again["state"]!.ToJsonString());
    }

    [Fact]
    public void The_query_text_survives_the_address_as_typed()
    {
        var output = SearchClient.Run(new JsonObject { ["op"] = "state", ["search"] = "?q=" + Uri.EscapeDataString("  CUST SVC  rep+3 & é ") });

        Assert.Equal("  CUST SVC  rep+3 & é ", (string)output["state"]!["q"]!);
    }

    private sealed record Hit(int Doc, double Score, bool Named);

    private static (List<Hit> Hits, List<string> Typos) Search(string query)
    {
        var output = SearchClient.Run(new JsonObject
        {
            ["op"] = "search", ["query"] = query, ["manifest"] = Manifest.DeepClone(), ["fragments"] = Fragments.DeepClone(),
        });
        return (output["hits"]!.AsArray().Select(h => new Hit((int)h!["doc"]!, (double)h["score"]!, (bool)h["named"]!)).ToList(),
            output["typos"]!.AsArray().Select(t => (string)t!).ToList());
    }

    private static List<Hit> Hits(string query) => Search(query).Hits;

    // The text with its marked pieces in brackets.
    private static string Highlight(string query, string text)
    {
        var pieces = SearchClient.Run(new JsonObject
        {
            ["op"] = "highlight", ["query"] = query, ["text"] = text, ["manifest"] = Manifest.DeepClone(), ["fragments"] = Fragments.DeepClone(),
        });
        Assert.Equal(text, string.Concat(pieces.AsArray().Select(p => (string)p![0]!)));
        return string.Concat(pieces.AsArray().Select(p => (bool)p![1]! ? $"[{(string)p[0]!}]" : (string)p[0]!));
    }

    private static (string Counts, int[] Docs) Facet(int[] docs, string search)
    {
        var output = SearchClient.Run(new JsonObject
        {
            ["op"] = "facets", ["docs"] = new JsonArray(docs.Select(d => (JsonNode?)d).ToArray()), ["search"] = search,
            ["manifest"] = Manifest.DeepClone(), ["facets"] = Facets.DeepClone(),
        });
        var counts = string.Join(" | ", output["counts"]!.AsObject().Select(f => f.Key + " " + string.Join(",", f.Value!.AsArray().Select(c => (int)c!))));
        return (counts, output["docs"]!.AsArray().Select(d => (int)d!).ToArray());
    }

    private static JsonArray Numbers(string list) =>
        new(list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => (JsonNode?)int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();
}
