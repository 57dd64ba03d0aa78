using System.Text.RegularExpressions;
using Rungs.Tests.Support;

namespace Rungs.Tests.Ladders;

/// <summary>
/// Given two levels of a series, the step page between them says plainly what stays the same and what one level does
/// not state: an unknown section both levels word alike is marked unchanged, and a field only one level gives reads
/// "not stated" on the other side, never "none".
/// </summary>
public sealed partial class StepPageStatementsTests
{
    private const string StepPage = "series/cs/compare/cs-assistant..cs-representative/index.html";

    [Fact]
    public void An_unknown_section_both_levels_word_alike_is_marked_unchanged()
    {
        var page = Built(same: "Office setting with some travel.", changed: ("Lifts up to 10 kg.", "Lifts up to 20 kg."));

        Assert.Matches("""<h3 id="[^"]*">Working Conditions</h3></div>\s*<p class="diff-counts"><span class="tag">Unchanged</span></p>""", page);
        Assert.DoesNotMatch("""<h3 id="[^"]*">Physical Demands</h3></div>\s*<p class="diff-counts"><span class="tag">Unchanged</span></p>""", page);
    }

    [Fact]
    public void A_field_one_level_does_not_state_reads_not_stated()
    {
        var page = Built(same: "Office setting.", changed: ("Lifts.", "Lifts."));

        var effective = EffectiveRow().Match(page);
        Assert.True(effective.Success, "the step page should list the effective date as a field that changes");
        Assert.Contains("2010-08-15", effective.Value);
        Assert.Contains("""<span class="muted">not stated</span>""", effective.Value);
        Assert.DoesNotContain(">none<", page);
    }

    private static string Built(string same, (string Before, string After) changed)
    {
        var site = TestSite.Minimal();
        var assistant = site.Files["series/cs/cs-assistant.md"] + $"\n## Working Conditions\n\n{same}\n\n## Physical Demands\n\n{changed.Before}\n";
        var representative = site.Files["series/cs/cs-representative.md"] + $"\n## Working Conditions\n\n{same}\n\n## Physical Demands\n\n{changed.After}\n";
        return site.With("series/cs/cs-assistant.md", assistant).With("series/cs/cs-representative.md", representative).BuildClean().Page(StepPage);
    }

    [GeneratedRegex("""<div data-field="effective">.*?</div>""", RegexOptions.Singleline)]
    private static partial Regex EffectiveRow();
}
