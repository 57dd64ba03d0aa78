using System.Text;
using Rungs.Comparison;
using Rungs.Tests.Support;

namespace Rungs.Tests.Comparison;

/// <summary>
/// Comparison cost is bounded: huge lists and huge items are compared in near-linear time and memory. Nothing here
/// asserts a speed; a generous hang guard fails the test instead of letting it run for hours as the all-pairs matching and
/// the unbounded word diff did (20,000 duties took 47 s; two 4 MB texts, hours).
/// </summary>
public sealed class ComparisonCostTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_class_with_40000_duties_builds_and_its_ladder_step_shows_the_reworded_ones()
    {
        var random = new Random(3);
        var lower = Enumerable.Range(0, 40_000).Select(k => Duty(random, k)).ToArray();
        var upper = lower.Select((duty, k) => k % 3 == 0 ? Duty(random, 40_000 + k) : Reword(duty, k)).Reverse().ToArray();
        var site = TestSite.Minimal()
            .With("series/cs/cs-assistant.md", WithDuties(TestSite.Minimal().Files["series/cs/cs-assistant.md"], lower))
            .With("series/cs/cs-representative.md", WithDuties(TestSite.Minimal().Files["series/cs/cs-representative.md"], upper));
        using var folder = new TempDirectory();
        site.WriteTo(folder.Combine("content"));

        // The real process, killed after 60 s (RungsCli.Exec's guard).
        var run = RungsCli.Exec(folder.Path, null, "build", "--content", "content", "--output", "site", "--quiet");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var step = File.ReadAllText(folder.Combine("site", "series", "cs", "compare", "cs-assistant..cs-representative", "index.html"));
        Assert.Contains("26666 reworded", step, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_diff_of_40000_items_each_side_pairs_every_reworded_item()
    {
        var random = new Random(5);
        var before = Enumerable.Range(0, 40_000).Select(k => Duty(random, k)).ToArray();
        var after = before.Select((duty, k) => k % 3 == 0 ? duty : Reword(duty, k)).Reverse().ToArray();

        var rows = Guarded(() => ListDiff.Compare(before, after));

        Assert.Equal(40_000, rows.Count);
        Assert.All(rows, row => Assert.Equal(39_999 - row.BeforeIndex, row.AfterIndex));
        Assert.Equal(26_666, rows.Count(row => row.Change == ItemChange.Reworded));
    }

    [Fact]
    public void Two_different_4_MB_texts_are_word_diffed_into_segments_that_rebuild_both()
    {
        var before = LongText(new Random(1), 4_000_000);
        var after = LongText(new Random(2), 4_000_000);

        var segments = Guarded(() => WordDiff.Compare(before, after));

        Assert.Equal(before, string.Join(' ', segments.Where(s => s.Change != WordChange.Added).Select(s => s.Text)));
        Assert.Equal(after, string.Join(' ', segments.Where(s => s.Change != WordChange.Removed).Select(s => s.Text)));
        Assert.Contains(segments, s => s.Change == WordChange.Same);
    }

    [Fact]
    public void A_4_MB_item_reworded_is_one_reworded_row_with_its_word_changes()
    {
        var before = LongText(new Random(3), 4_000_000);
        var after = string.Join(' ', before.Split(' ').Select((word, k) => k % 50 == 7 ? "changed" : word));

        var rows = Guarded(() => ListDiff.Compare([before], [after]));

        var row = Assert.Single(rows);
        Assert.Equal(ItemChange.Reworded, row.Change);
        Assert.Equal(after, string.Join(' ', row.Words.Where(s => s.Change != WordChange.Removed).Select(s => s.Text)));
        Assert.Contains(row.Words, s => s.Change == WordChange.Added && s.Text == "changed");
    }

    [Theory]
    [InlineData(20_000, 0)]
    [InlineData(20_000, 40)]
    public void Beyond_the_work_limit_the_pairs_are_still_a_common_subsequence_and_exact_for_unique_elements(int length, int alphabet)
    {
        // alphabet 0: a permutation of unique elements, whose longest common subsequence the cuts find exactly;
        // 40: few distinct elements, where none is unique and nothing over the limit is matched.
        var random = new Random(length + alphabet);
        var a = alphabet == 0 ? Enumerable.Range(0, length).ToArray() : Enumerable.Range(0, length).Select(_ => random.Next(alphabet)).ToArray();
        var b = alphabet == 0 ? a.Select(x => x).OrderBy(_ => random.Next()).Take(length / 2).Concat(a.Skip(length / 2)).ToArray() : Enumerable.Range(0, length).Select(_ => random.Next(alphabet)).ToArray();

        var pairs = Guarded(() => Lcs.Pairs(a, b));

        for (var k = 0; k < pairs.Count; k++)
        {
            Assert.Equal(a[pairs[k].Before], b[pairs[k].After]);
            if (k > 0) Assert.True(pairs[k].Before > pairs[k - 1].Before && pairs[k].After > pairs[k - 1].After);
        }

        if (alphabet == 0) Assert.Equal(Lcs.Pairs(a, b, workLimit: long.MaxValue).Count, pairs.Count);
    }

    /// <summary>Runs <paramref name="work"/> and fails the test if it has not finished within the hang guard.</summary>
    private static T Guarded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(HangGuard), $"the comparison did not finish within {HangGuard.TotalSeconds} s");
        return task.Result;
    }

    private static readonly string[] Verbs = ["responds", "researches", "composes", "prepares", "maintains", "reviews", "files", "answers"];

    private static readonly string[] Common = ["the", "of", "and", "to", "for", "in", "with", "from", "client", "records", "reports", "inquiries"];

    /// <summary>A duty: a verb, common words and words of its own (so that rewordings share rare words with their original).</summary>
    private static string Duty(Random random, int item) =>
        string.Join(' ', [Verbs[random.Next(Verbs.Length)], .. Enumerable.Range(0, random.Next(6, 20)).Select(k => k % 3 == 0 ? $"w{item}x{k}" : Common[random.Next(Common.Length)])]);

    /// <summary>One word of four replaced: clearly the same duty, reworded.</summary>
    private static string Reword(string duty, int item) =>
        string.Join(' ', duty.Split(' ').Select((word, k) => k % 4 == 2 ? $"new{item}x{k}" : word));

    private static string WithDuties(string classFile, IEnumerable<string> duties)
    {
        var text = new StringBuilder(classFile[..classFile.IndexOf("## Duties", StringComparison.Ordinal)]).Append("## Duties\n\n");
        foreach (var duty in duties) text.Append("- ").Append(duty).Append('\n');
        return text.ToString();
    }

    /// <summary>About <paramref name="characters"/> characters of words from a 5,000-word vocabulary.</summary>
    private static string LongText(Random random, int characters)
    {
        var text = new StringBuilder(characters + 16);
        while (text.Length < characters) text.Append(text.Length == 0 ? "" : " ").Append('v').Append(random.Next(5_000));
        return text.ToString();
    }
}
