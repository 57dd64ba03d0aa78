using Rungs.Comparison;

namespace Rungs.Tests.Comparison;

/// <summary>
/// How other employers' specs reword a duty from one level to the next (written here as fixtures, not taken from the
/// sample): a trainee level "learns to" or "assists in" what the journey level does, a lower level works "under close
/// supervision", and verbs change tense or number. Each such pair is one item reworded, not a removal plus an addition;
/// different duties that merely share a lead-in or a verb stay apart.
/// </summary>
public sealed class RewordingPatternsTests
{
    public static TheoryData<string, string> Rewordings => new()
    {
        { "Learns to proofread, review and examine typed documents for accuracy and completeness", "Proofreads, reviews and examines typed documents for accuracy and completeness" },
        { "Learns to proofread, review and examine typed documents", "Proofreads, reviews and examines typed documents" },
        { "Learns to operate office equipment", "Operates office equipment" },
        { "Assists in preparing reports", "Prepares reports" },
        { "Assists in preparing monthly budget reports for the division", "Prepares monthly budget reports for the division" },
        { "Assists higher level staff in resolving customer complaints", "Resolves customer complaints" },
        { "Under close supervision, performs routine data entry of client records", "Performs routine data entry of client records" },
        { "Under close supervision, performs filing", "Performs filing" },
        { "Under general supervision, answers telephone inquiries", "Answers telephone inquiries" },
        { "Answered telephone inquiries from customers", "Answers telephone inquiry from customer" },
        { "maintains files and records", "maintained file and record" },
        { "Trains new employees", "Trained new employee and volunteers" },
    };

    public static TheoryData<string, string> DifferentDuties => new()
    {
        { "Assists in preparing reports", "Prepares budgets" },
        { "Under close supervision, performs filing", "Answers telephone inquiries" },
        { "Learns to operate office equipment", "Orders office supplies" },
    };

    [Theory]
    [MemberData(nameof(Rewordings))]
    public void A_duty_the_lower_level_words_differently_is_reworded(string lower, string higher)
    {
        var row = Assert.Single(ListDiff.Compare([lower], [higher]));

        Assert.True(row.Change == ItemChange.Reworded, $"\"{lower}\" → \"{higher}\" scores {WordDiff.Similarity(lower, higher):F3}, not above {ListDiff.RewordThreshold}");
    }

    [Theory]
    [MemberData(nameof(DifferentDuties))]
    public void Different_duties_that_share_a_lead_in_or_a_verb_are_not_paired(string before, string after)
    {
        var rows = ListDiff.Compare([before], [after]);

        Assert.Equal([ItemChange.Removed, ItemChange.Added], rows.Select(r => r.Change));
    }

    [Fact]
    public void A_reworded_trainee_duty_shows_the_words_that_changed_and_keeps_an_inflected_word_as_a_change()
    {
        var row = Assert.Single(ListDiff.Compare(["Learns to proofread, review and examine typed documents"], ["Proofreads, reviews and examines typed documents"]));

        // Stems pair the items; the word diff still shows every word as written, so "proofread," → "Proofreads," is visible.
        Assert.Equal(ItemChange.Reworded, row.Change);
        Assert.Contains(row.Words, w => w.Change == WordChange.Removed && w.Text.Contains("Learns to", StringComparison.Ordinal));
        Assert.Contains(row.Words, w => w.Change == WordChange.Added && w.Text.Contains("Proofreads", StringComparison.Ordinal));
    }

    [Fact]
    public void Items_that_differ_only_in_inflection_are_reworded_not_unchanged()
    {
        var row = Assert.Single(ListDiff.Compare(["maintains files"], ["maintained file"]));

        Assert.Equal(ItemChange.Reworded, row.Change);
    }
}
