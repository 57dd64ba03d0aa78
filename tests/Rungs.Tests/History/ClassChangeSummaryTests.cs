using Rungs.Content;
using Rungs.History;
using Rungs.Input;
using Rungs.Parsing;

namespace Rungs.Tests.History;

/// <summary>The field-level summary of one revision of a class: short phrases in spec terms, in a fixed order.</summary>
public sealed class ClassChangeSummaryTests
{
    private const string Base = """
        ---
        title: Clerk
        code: "100"
        level: 1
        grade: "15"
        flsa: non-exempt
        ksas: [grammar]
        supervision_received: General supervision from higher level personnel in the unit
        ---

        ## Summary

        Does clerical work.

        ## Duties

        - files records alphabetically
        - answers the telephone and takes messages
        - sorts the incoming mail
        """;

    private static ClassSpec Parse(string text)
    {
        var parsed = ParseStage.Run(ContentSources.FromText([new KeyValuePair<string, string>("series/s/clerk.md", text)]));
        return Assert.Single(parsed.Classes);
    }

    private static IReadOnlyList<string> Describe(string after) =>
        ClassChangeSummary.Describe(Parse(Base), Parse(after), s => s == "grammar" ? "Grammar" : s, s => s, s => s);

    [Fact]
    public void Changed_fields_read_old_to_new_in_the_order_of_a_classification_table()
    {
        Assert.Equal(["Pay grade 15 → 16", "FLSA status Non-exempt → Exempt"],
            Describe(Base.Replace("flsa: non-exempt", "flsa: exempt").Replace("grade: \"15\"", "grade: \"16\"")));
    }

    [Fact]
    public void Added_removed_and_long_values_are_named_without_quoting_paragraphs()
    {
        Assert.Equal(["Supervision received reworded", "Probation period added (6 months)"],
            Describe(Base.Replace("in the unit", "in the department").Replace("level: 1\n", "level: 1\nprobation: 6 months\n")));
        Assert.Equal(["Pay grade removed (was 15)"], Describe(Base.Replace("grade: \"15\"\n", "")));
    }

    [Fact]
    public void Duties_are_compared_item_by_item()
    {
        var after = Base
            .Replace("files records alphabetically", "files records alphabetically and by date")
            .Replace("- sorts the incoming mail", "- sorts the incoming mail\n- orders office supplies\n- keeps the front desk calendar");

        Assert.Equal(["Duties: 1 reworded, 2 added"], Describe(after));
    }

    [Fact]
    public void Links_and_lists_name_what_was_added_or_removed()
    {
        Assert.Equal(["KSAs added: typing, filing", "KSA removed: Grammar", "Competency added: communication"],
            Describe(Base.Replace("ksas: [grammar]", "ksas: [typing, filing]\ncompetencies: [communication]")));
        Assert.Equal(["4 KSAs added"], Describe(Base.Replace("ksas: [grammar]", "ksas: [grammar, a, b, c, d]")));
    }

    [Fact]
    public void Sections_added_removed_or_reworded_are_named_and_a_change_of_layout_only_says_so()
    {
        Assert.Equal(["Summary reworded", "Working Conditions section added"],
            Describe(Base.Replace("Does clerical work.", "Does routine clerical work.") + "\n## Working Conditions\n\nAn office.\n"));
        Assert.Equal([ClassChangeSummary.FormattingOnly], Describe(Base.Replace("ksas: [grammar]", "ksas:\n  - grammar")));
    }
}
