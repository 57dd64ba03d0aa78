using Rungs.Content;
using Rungs.Input;
using Rungs.Linting;
using Rungs.Tests.Support;

namespace Rungs.Tests.Linting;

/// <summary>RUNGS051 `gendered_wording`: gendered phrases in a spec, at the phrase, with a neutral word to use.</summary>
public sealed class GenderedWordingTests
{
    [Fact]
    public void A_gendered_phrase_in_a_duty_is_a_warning_at_the_phrase_with_a_neutral_word()
    {
        var result = Lint.Build(TestSite.Minimal().With("series/cs/cs-representative.md", """
            ---
            title: CS Representative
            code: "4808"
            level: 2
            grade: "15"
            flsa: exempt
            includes_lower_level_work: true
            ---

            ## Duties

            - resolves complex inquiries for his/her clients
            """));

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS051", "content/series/cs/cs-representative.md", 12, 34, "\"his/her\" is gendered wording",
                Lint.Hint("write \"their\" instead", "gendered_wording")));
    }

    [Fact]
    public void Phrases_are_found_in_front_matter_and_across_a_line_break_whatever_their_case()
    {
        var result = Lint.Build(TestSite.Minimal().With("competencies/communication.md", """
            ---
            title: Communication
            summary: Listens to the Chairman.
            ---

            ## Definition

            Explains what He or
            she needs to know.
            """));

        Expect.Diagnostics(result,
            Expect.Warning("RUNGS051", "content/competencies/communication.md", 3, 25, "\"Chairman\" is gendered wording",
                Lint.Hint("write \"chair\" instead", "gendered_wording")),
            Expect.Warning("RUNGS051", "content/competencies/communication.md", 8, 15, "\"He or she\" is gendered wording",
                Lint.Hint("write \"they\" instead", "gendered_wording")));
    }

    [Fact]
    public void A_word_that_only_contains_a_phrase_is_not_gendered()
    {
        var result = Lint.Build(TestSite.Minimal().With("ksas/grammar.md", """
            ---
            title: Grammar
            summary: The chairmanship of meetings; the theme of the text; shed one's habits.
            ---
            """));

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Every_phrase_in_the_list_is_found_and_given_its_neutral_word()
    {
        var text = string.Join("\n\n", GenderedTerms.All.Select(t => t.Phrase));
        var result = Lint.Build(TestSite.Minimal().With("ksas/grammar.md", $"---\ntitle: Grammar\n---\n\n{text}\n"));

        Assert.Equal(GenderedTerms.All.Select(t => $"\"{t.Phrase}\" is gendered wording / write \"{t.Neutral}\" instead"),
            result.Diagnostics.Select(d => $"{d.Message} / {d.Hint![..d.Hint!.IndexOf(" (lint", StringComparison.Ordinal)]}"));
    }

    [Fact]
    public void Set_to_off_the_rule_finds_nothing_and_set_to_error_it_fails_the_build()
    {
        var site = TestSite.Minimal().With("ksas/grammar.md", "---\ntitle: Grammar\nsummary: Write so that he/she understands.\n---\n");

        Assert.Empty(Lint.Build(site.WithSettings("lint: { gendered_wording: off }")).Diagnostics);
        var failed = Lint.Build(site.WithSettings("lint:\n  gendered_wording: error"));
        Expect.Diagnostics(failed,
            Expect.Error("RUNGS051", "content/ksas/grammar.md", 3, 24, "\"he/she\" is gendered wording", Lint.Hint("write \"they\" instead", "gendered_wording")));
        Assert.True(failed.HasErrors);
        Assert.Empty(failed.Files);
    }

    [Fact]
    public void The_word_by_word_scan_finds_exactly_what_the_phrase_pattern_finds_in_any_text()
    {
        // Texts made of pieces of phrases, words that contain them, separators, non-ASCII letters and case changes: the
        // scan that looks only where a phrase's first word starts must find the same matches, at the same places.
        string[] pieces = ["he", "she", "s", "/", " / ", "or", "him", "her", "his", "himself", "herself", "chairman", "Chairmen",
            "man-hours", "man", "-", "_", "é", "x", "the", "Fireman", "HE", "She", " ", "  ", "\n", "\t", ".", ",", "workmanship", "1"];
        var random = new Random(7);
        var texts = 0;
        var withMatches = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = GenderedWording.Phrases.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            var actual = GenderedWording.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            Assert.Equal(expected, actual);
            texts++;
            if (expected.Count > 0) withMatches++;
        }

        Assert.Equal(20_000, texts);
        Assert.True(withMatches > 2_000, $"only {withMatches} texts had a phrase to find");
    }

    [Fact]
    public void Started_before_linking_it_finds_what_it_finds_once_linked_and_a_rule_set_off_is_not_started()
    {
        var sources = new ContentSources(
            [new SourceFile("series/cs/cs-a.md", "content/series/cs/cs-a.md", "---\ntitle: A\n---\n\n- helps the chairman\n- his or her work\n")], []);
        var rule = LintRules.All.OfType<GenderedWording>().Single();

        var started = LintStage.StartFileLints(LintConfig.Default, sources).FindingsOf(rule);
        var off = new LintConfig(new Dictionary<string, LintLevel> { ["gendered_wording"] = LintLevel.Off },
            new Dictionary<(string, string), int>());

        Assert.Equal(["\"chairman\" is gendered wording", "\"his or her\" is gendered wording"], started!.Select(f => f.Message));
        Assert.Equal(started, rule.FindIn(sources.Files).ToList());
        Assert.Null(LintStage.StartFileLints(off, sources).FindingsOf(rule));
    }
}
