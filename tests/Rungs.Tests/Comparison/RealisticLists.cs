namespace Rungs.Tests.Comparison;

/// <summary>
/// Random lists shaped like a class's duties and their next revision: items that share common words and a few verbs,
/// with words of their own; items kept, reworded, duplicated, dropped, added and moved.
/// </summary>
internal static class RealisticLists
{
    private static readonly string[] Verbs = ["responds", "researches", "composes", "prepares", "maintains", "reviews", "files", "answers", "processes", "coordinates", "schedules", "verifies"];

    private static readonly string[] Common = ["the", "of", "and", "to", "for", "in", "with", "from", "on", "as", "by", "or", "client", "records", "reports", "inquiries", "services", "policies", "data", "staff"];

    /// <summary>A list of <paramref name="size"/> items and its next revision.</summary>
    public static (string[] Before, string[] After) Revision(Random random, int size)
    {
        var before = Enumerable.Range(0, size).Select(_ => Item(random, size)).ToArray();
        return (before, Revise(random, before, size));
    }

    /// <summary>A duty: a verb and 4–24 words, about half of them common, the rest from a vocabulary that grows with the list.</summary>
    private static string Item(Random random, int size) =>
        string.Join(' ', [Verbs[random.Next(Verbs.Length)], .. Enumerable.Range(0, random.Next(4, 25)).Select(_ => Word(random, size))]);

    private static string Word(Random random, int size) => random.Next(10) switch
    {
        < 5 => Common[random.Next(Common.Length)],
        < 8 => $"term{random.Next(20 + size * 3)}",
        _ => $"rare{random.Next(100_000)}",
    };

    /// <summary>The next revision: items kept, reworded (some words replaced, dropped or added), duplicated, dropped; new items; some moved.</summary>
    private static string[] Revise(Random random, string[] before, int size)
    {
        var after = new List<string>();
        foreach (var item in before)
        {
            var roll = random.Next(20);
            if (roll < 6) after.Add(item);
            else if (roll < 15) after.Add(Reword(random, item, size));
            else if (roll < 16) after.AddRange([item, item]);
            else if (roll < 17) after.Add(Item(random, size));
        }

        for (var n = random.Next(0, 1 + before.Length / 4); n > 0; n--) after.Insert(random.Next(after.Count + 1), Item(random, size));
        for (var n = random.Next(0, 1 + after.Count / 5); n > 0 && after.Count > 1; n--)
        {
            var from = random.Next(after.Count);
            var moved = after[from];
            after.RemoveAt(from);
            after.Insert(random.Next(after.Count + 1), moved);
        }

        return [.. after];
    }

    private static string Reword(Random random, string item, int size)
    {
        var words = item.Split(' ').ToList();
        for (var n = random.Next(1, 1 + words.Count / 2); n > 0; n--)
        {
            var at = random.Next(words.Count);
            switch (random.Next(3))
            {
                case 0: words[at] = Word(random, size); break;
                case 1 when words.Count > 2: words.RemoveAt(at); break;
                default: words.Insert(at, Word(random, size)); break;
            }
        }

        return string.Join(' ', words);
    }
}
