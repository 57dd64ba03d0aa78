using Rungs.Comparison;
using static Rungs.Tests.Comparison.DiffNotation;

namespace Rungs.Tests.Comparison;

/// <summary>
/// How two lists of items compare, as a table: old list, new list, expected rows.
/// Rows: = unchanged, ↕ moved, ~ reworded (old→new), + added, - removed; they follow the new list, and a removed item
/// sits right after the row of the item that came before it in the old list.
/// </summary>
public sealed class ListDiffTableTests
{
    [Theory]
    //          case                                        old list                                                   new list                                                      expected rows
    [InlineData("identical lists",                          "files records | answers calls",                           "files records | answers calls",                              "= files records | = answers calls")]
    [InlineData("both lists empty",                         "",                                                        "",                                                           "")]
    [InlineData("old list empty: everything added",         "",                                                        "files records | answers calls",                              "+ files records | + answers calls")]
    [InlineData("new list empty: everything removed",       "files records | answers calls",                           "",                                                           "- files records | - answers calls")]
    [InlineData("numbering differs",                        "1. files records | 2. answers calls",                     "files records | answers calls",                              "= files records | = answers calls")]
    [InlineData("numbering style differs",                  "(a) files records | (b) answers calls",                   "a) files records | ii. answers calls",                       "= a) files records | = ii. answers calls")]
    [InlineData("renumbered after an insertion",            "1. files records | 2. answers calls",                     "1. greets visitors | 2. files records | 3. answers calls",    "+ 1. greets visitors | = 2. files records | = 3. answers calls")]
    [InlineData("case, spacing and punctuation differ",     "Files  Records. | answers calls",                         "files records | Answers calls;",                             "= files records | = Answers calls;")]
    [InlineData("added at the start",                       "files records | answers calls",                           "greets visitors | files records | answers calls",            "+ greets visitors | = files records | = answers calls")]
    [InlineData("added in the middle",                      "files records | answers calls",                           "files records | greets visitors | answers calls",            "= files records | + greets visitors | = answers calls")]
    [InlineData("added at the end",                         "files records | answers calls",                           "files records | answers calls | greets visitors",            "= files records | = answers calls | + greets visitors")]
    [InlineData("removed from the start",                   "greets visitors | files records | answers calls",         "files records | answers calls",                              "- greets visitors | = files records | = answers calls")]
    [InlineData("removed from the middle",                  "files records | greets visitors | answers calls",         "files records | answers calls",                              "= files records | - greets visitors | = answers calls")]
    [InlineData("removed from the end",                     "files records | answers calls | greets visitors",         "files records | answers calls",                              "= files records | = answers calls | - greets visitors")]
    [InlineData("two removed in a row keep their order",    "files records | greets visitors | orders supplies | answers calls", "files records | answers calls",                     "= files records | - greets visitors | - orders supplies | = answers calls")]
    [InlineData("one replaced by an unrelated item",        "files records | greets visitors | answers calls",         "files records | orders supplies | answers calls",            "= files records | - greets visitors | + orders supplies | = answers calls")]
    [InlineData("reworded",                                 "files records | answers phone calls from clients",        "files records | answers phone calls from all clients",       "= files records | ~ answers phone calls from clients→answers phone calls from all clients")]
    [InlineData("reworded and renumbered",                  "1. answers phone calls from clients",                     "(a) answers phone calls from all clients",                   "~ 1. answers phone calls from clients→(a) answers phone calls from all clients")]
    [InlineData("moved to the front",                       "files records | answers calls | greets visitors",         "greets visitors | files records | answers calls",            "↕ greets visitors | = files records | = answers calls")]
    [InlineData("moved to the end",                         "greets visitors | files records | answers calls",         "files records | answers calls | greets visitors",            "= files records | = answers calls | ↕ greets visitors")]
    [InlineData("two items swapped: the first one moved",   "files records | answers calls",                           "answers calls | files records",                              "= answers calls | ↕ files records")]
    [InlineData("moved and reworded is reworded",           "files records | answers calls | answers phone calls from clients", "answers phone calls from all clients | files records | answers calls", "~ answers phone calls from clients→answers phone calls from all clients | = files records | = answers calls")]
    [InlineData("a removal follows its moved predecessor",  "greets visitors | orders supplies | files records | answers calls", "files records | answers calls | greets visitors", "= files records | = answers calls | ↕ greets visitors | - orders supplies")]
    [InlineData("duplicate in the old list",                "files records | files records | answers calls",           "files records | answers calls",                              "= files records | - files records | = answers calls")]
    [InlineData("duplicate in the new list",                "files records | answers calls",                           "files records | answers calls | files records",              "= files records | = answers calls | + files records")]
    [InlineData("duplicates keep the in-order copy",        "files records | answers calls | files records",           "answers calls | files records",                              "- files records | = answers calls | = files records")]
    [InlineData("all different",                            "balances daily transactions | greets visitors",           "organizes quality customer satisfaction programs | interviews and hires staff", "- balances daily transactions | - greets visitors | + organizes quality customer satisfaction programs | + interviews and hires staff")]
    [InlineData("equal candidates: the earlier old item wins", "files red forms | files blue forms",                   "files green forms",                                          "~ files red forms→files green forms | - files blue forms")]
    [InlineData("the most similar pair wins, not the first", "answers calls from staff | answers calls from all clients", "answers phone calls from all clients",                   "- answers calls from staff | ~ answers calls from all clients→answers phone calls from all clients")]
    [InlineData("an empty item matches an empty item",      " | files records",                                        " | files records",                                           "=  | = files records")]
    public void Lists_compare_as_in_the_table(string @case, string before, string after, string expected)
    {
        var rows = ListDiff.Compare(Items(before), Items(after));

        Assert.True(expected == Show(rows), $"{@case}\nexpected: {expected}\nactual:   {Show(rows)}");
    }

    [Fact]
    public void Each_row_carries_both_texts_as_given_their_positions_words_and_similarity()
    {
        string[] before = ["1. files records", "2. greets visitors", "3. answers phone calls from clients", "4. orders supplies"];
        string[] after = ["1. orders supplies", "2. files records", "3. answers phone calls from all clients", "4. balances cash"];

        var rows = ListDiff.Compare(before, after);

        // "orders supplies" and "files records" swapped order; only one can keep its place, and ties keep the new list's first item.
        Assert.Equal(
        [
            new ItemDiff(ItemChange.Unchanged, "4. orders supplies", "1. orders supplies", 3, 0, [new(WordChange.Same, "orders supplies")], 1.0),
            new ItemDiff(ItemChange.Moved, "1. files records", "2. files records", 0, 1, [new(WordChange.Same, "files records")], 1.0),
            new ItemDiff(ItemChange.Removed, "2. greets visitors", null, 1, null, [new(WordChange.Removed, "greets visitors")], 0.0),
            new ItemDiff(
                ItemChange.Reworded,
                "3. answers phone calls from clients",
                "3. answers phone calls from all clients",
                2,
                2,
                [new(WordChange.Same, "answers phone calls from"), new(WordChange.Added, "all"), new(WordChange.Same, "clients")],
                WordDiff.Similarity("answers phone calls from clients", "answers phone calls from all clients")),
            new ItemDiff(ItemChange.Added, null, "4. balances cash", null, 3, [new(WordChange.Added, "balances cash")], 0.0),
        ], rows, ItemDiffComparer.Instance);
    }

    [Theory]
    [InlineData(1.0, "- files red forms | + files green forms")]
    [InlineData(0.67, "- files red forms | + files green forms")]
    [InlineData(0.66, "~ files red forms→files green forms")]
    [InlineData(0.0, "~ files red forms→files green forms")]
    public void The_threshold_decides_between_reworded_and_removed_plus_added(double threshold, string expected)
    {
        // The two items score 2/3: two of three words shared, and two of the three opening words.
        Assert.Equal(expected, Show(ListDiff.Compare(["files red forms"], ["files green forms"], threshold)));
    }

    [Fact]
    public void Items_that_share_no_word_are_never_reworded_even_with_a_zero_threshold()
    {
        Assert.Equal("- balances cash | + greets visitors", Show(ListDiff.Compare(["balances cash"], ["greets visitors"], 0.0)));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void A_threshold_outside_0_to_1_is_refused(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ListDiff.Compare(["a"], ["b"], threshold));
    }

    [Fact]
    public void Plain_numbers_and_decimals_at_the_start_of_an_item_are_words_not_numbering()
    {
        Assert.Equal(
            "~ 2 years of experience→3 years of experience | ~ 1.5 years of study→2.5 years of study",
            Show(ListDiff.Compare(["2 years of experience", "1.5 years of study"], ["3 years of experience", "2.5 years of study"])));
    }
}
