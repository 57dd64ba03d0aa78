namespace Rungs.Comparison;

/// <summary>Word-level diff and word similarity of two texts: pure, deterministic and culture-invariant.</summary>
public static class WordDiff
{
    /// <summary>How many opening words count as the text's "head" in <see cref="Similarity(string, string)"/>.</summary>
    internal const int HeadLength = 3;

    /// <summary>How much of <see cref="Similarity(string, string)"/> comes from the head; the rest comes from all the words.</summary>
    internal const double HeadWeight = 0.4;

    /// <summary>How many words into the other text a head may start: "Under close supervision, performs…" still heads with "performs".</summary>
    internal const int HeadReach = 3;

    /// <summary>
    /// Word-level diff: a longest common subsequence over whitespace-separated words, compared ignoring case and leading or
    /// trailing punctuation, while the segments carry the original words. Adjacent segments of the same kind are merged,
    /// and between two Same segments the Removed words come before the Added ones.
    /// </summary>
    public static IReadOnlyList<WordSegment> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Compare(before, after, new PreparedTexts());
    }

    /// <summary>As <see cref="Compare(string, string)"/>, with the texts tokenized through <paramref name="texts"/>, which may already hold them.</summary>
    internal static IReadOnlyList<WordSegment> Compare(string before, string after, PreparedTexts texts)
    {
        return Compare(texts.Text(before), texts.Text(after));
    }

    /// <summary>The diff of two texts prepared with the same vocabulary.</summary>
    internal static IReadOnlyList<WordSegment> Compare(PreparedItem before, PreparedItem after) => Compare(before.Text, before.Ids, after.Text, after.Ids);

    /// <summary>
    /// Similarity in [0, 1] by words: 0.6 × Dice(all words) + 0.4 × Dice(first three words), both over multisets of
    /// the stems of the normalised words (as in <see cref="Compare(string, string)"/>). 1 for texts with the same stems
    /// in the same order, 0 when no stem is shared.
    /// </summary>
    /// <remarks>
    /// Why Dice: it is order-free, linear-time and symmetric, and it counts every shared word, so an item that only gained a
    /// qualifier ("reports client feedback to higher personnel" → "…, identifies problems and trends, … to higher level
    /// personnel") stays close. LCS-based ratios were not used because they cost O(n·m) per pair, and the list diff scores
    /// every old item against every new one.
    /// Why a head term: a duty, KSA or rule says what it is in its first few words (the verb and its object: "composes …
    /// correspondence"); the rest qualifies it. A lower level often puts a few words before them ("Learns to proofread…",
    /// "Assists in preparing…", "Under close supervision, performs…"), so the head of either text may start up to
    /// <see cref="HeadReach"/> words into it, and the best-matching start counts. Pure Dice scores "composes routine correspondence and transmits information
    /// or documents using computer of fax" → "composes complex correspondence and creates documentation/records" at only
    /// 0.33, below unrelated duties that happen to share "higher level personnel", "and", "of" (up to 0.46). Weighting the
    /// opening words lifts rewordings that keep the verb and object (0.47) while different duties that share only a verb
    /// stay low ("prepares information for the campus…" / "prepares reports on activities…" 0.34). Words are compared by
    /// their English stems (<see cref="WordStemmer"/>), so a change of tense or number ("Learns to proofread, review…" →
    /// "Proofreads, reviews…") still counts the word as shared; stop words are not dropped. The cost: two very short items
    /// that share their verb ("prepares reports" / "prepares budgets", 0.5) count as similar, which is acceptable because
    /// the word diff then shows exactly which word changed.
    /// </remarks>
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var texts = new PreparedTexts();
        var first = texts.Text(a);
        var second = texts.Text(b);
        return Similarity(first.Stems, first.SortedStems, second.Stems, second.SortedStems);
    }

    /// <summary>The diff of two tokenized texts whose ids come from the same vocabulary.</summary>
    internal static IReadOnlyList<WordSegment> Compare(TokenizedText before, int[] beforeIds, TokenizedText after, int[] afterIds)
    {
        // Texts with the same words (a section every level shares) are one Same run, as the walk below would make it.
        if (beforeIds.AsSpan().SequenceEqual(afterIds)) return after.Count == 0 ? [] : [new WordSegment(WordChange.Same, after.Joined)];

        // The matched pairs of the diff being walked: the thread's spare list, reused by every diff it makes.
        var pairs = ThreadSpare<List<(int, int)>>.Take(static () => []);
        Lcs.Pairs(beforeIds, afterIds, pairs);
        var segments = SegmentBuilder.Take();
        var i = 0;
        var j = 0;
        foreach (var (matchedBefore, matchedAfter) in pairs)
        {
            segments.AddRun(WordChange.Removed, before, i, matchedBefore);
            segments.AddRun(WordChange.Added, after, j, matchedAfter);
            segments.Add(WordChange.Same, after.Word(matchedAfter));
            i = matchedBefore + 1;
            j = matchedAfter + 1;
        }

        segments.AddRun(WordChange.Removed, before, i, before.Count);
        segments.AddRun(WordChange.Added, after, j, after.Count);
        ThreadSpare<List<(int, int)>>.Return(pairs, small: pairs.Capacity <= 1024);
        return segments.Build();
    }

    /// <summary>The similarity measure over ids (original order, for the head) and the same ids sorted (for the multiset overlap).</summary>
    internal static double Similarity(int[] a, int[] sortedA, int[] b, int[] sortedB)
    {
        // Every score exceeds −∞, so nothing is skipped.
        SimilarityAbove(a, sortedA, b, sortedB, double.NegativeInfinity, out var similarity);
        return similarity;
    }

    /// <summary>
    /// <see cref="Similarity(int[], int[], int[], int[])"/> when it exceeds <paramref name="threshold"/>. The multiset overlap
    /// comes first: when even a perfect head could not lift it past the threshold, the head (seven short scans) is skipped.
    /// Exact: the bound uses the same arithmetic with the head at its most, 1.
    /// </summary>
    internal static bool SimilarityAbove(int[] a, int[] sortedA, int[] b, int[] sortedB, double threshold, out double similarity)
    {
        if (a.Length == 0 && b.Length == 0) similarity = 1.0;
        else
        {
            var all = Dice(SharedSorted(sortedA, sortedB), a.Length, b.Length);
            similarity = (1 - HeadWeight) * all + HeadWeight * 1.0 > threshold ? WithHead(all, a, b) : 0.0;
        }

        return similarity > threshold;
    }

    /// <summary>The measure from the multiset overlap <paramref name="all"/> and the best head of either text.</summary>
    private static double WithHead(double all, int[] a, int[] b)
    {
        var head = Head(a, 0, b);
        for (var offset = 1; offset <= HeadReach; offset++)
        {
            if (offset < a.Length) head = Math.Max(head, Head(a, offset, b));
            if (offset < b.Length) head = Math.Max(head, Head(b, offset, a));
        }

        return (1 - HeadWeight) * all + HeadWeight * head;
    }

    /// <summary>Dice of the head of <paramref name="a"/> from word <paramref name="offset"/> on and the head of <paramref name="b"/>.</summary>
    private static double Head(int[] a, int offset, int[] b)
    {
        var headA = Math.Min(HeadLength, a.Length - offset);
        var headB = Math.Min(HeadLength, b.Length);
        return Dice(SharedHead(a.AsSpan(offset), headA, b, headB), headA, headB);
    }

    internal static int[] Sorted(int[] ids)
    {
        var copy = (int[])ids.Clone();
        Array.Sort(copy);
        return copy;
    }

    private static double Dice(int shared, int countA, int countB) =>
        countA + countB == 0 ? 1.0 : 2.0 * shared / (countA + countB);

    /// <summary>Size of the multiset intersection of two sorted id arrays, by merging.</summary>
    private static int SharedSorted(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }

        return shared;
    }

    /// <summary>Size of the multiset intersection of the first few ids of each; at most 3×3 compares, so no sorting.</summary>
    private static int SharedHead(ReadOnlySpan<int> a, int countA, int[] b, int countB)
    {
        Span<bool> used = stackalloc bool[HeadLength];
        var shared = 0;
        for (var i = 0; i < countA; i++)
        {
            for (var j = 0; j < countB; j++)
            {
                if (used[j] || a[i] != b[j]) continue;
                used[j] = true;
                shared++;
                break;
            }
        }

        return shared;
    }
}
