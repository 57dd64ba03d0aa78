namespace Rungs.Comparison;

/// <summary>
/// The list diff's unmatched new items by word, so that an old item is scored only against the new items it shares words
/// with, rarest words first, instead of against every new item.
/// </summary>
/// <remarks>
/// Two items that share no word have similarity 0, so with at most <see cref="CandidateLimit"/> unmatched new items every
/// pair that can be Reworded is found and the matching is exactly the all-pairs one. Beyond that an old item takes the
/// new items of its rarest words, a whole group of equally rare words at a time, while they number at most the limit;
/// the words shared by more new items than that (such as "and" in a list of thousands) are not followed. Which words a
/// group holds depends only on how many new items have each word, so the result never depends on how words were numbered.
/// </remarks>
internal sealed class WordIndex
{
    /// <summary>Most new items one old item is scored against.</summary>
    public const int CandidateLimit = 64;

    // The new items of each word, in order: word → (start, count) in _items.
    private readonly Dictionary<int, (int Start, int Count)> _words = [];
    private readonly int[] _items;

    // For each new item, the old item that last took it as a candidate: a set that needs no clearing between old items.
    private readonly int[] _takenBy;
    private readonly List<(int Count, int Start)> _ranges = [];

    /// <summary>Indexes the new items that have no partner yet (<paramref name="partnerOfNew"/> below 0).</summary>
    public WordIndex(PreparedItem[] now, int[] partnerOfNew)
    {
        var entries = new List<(int Word, int Item)>();
        for (var j = 0; j < now.Length; j++)
        {
            if (partnerOfNew[j] >= 0) continue;
            var words = now[j].SortedStems;
            for (var k = 0; k < words.Length; k++)
            {
                if (k == 0 || words[k] != words[k - 1]) entries.Add((words[k], j));
            }
        }

        entries.Sort();
        _items = new int[entries.Count];
        for (var k = 0; k < entries.Count;)
        {
            var end = k;
            for (; end < entries.Count && entries[end].Word == entries[k].Word; end++) _items[end] = entries[end].Item;
            _words.Add(entries[k].Word, (k, end - k));
            k = end;
        }

        _takenBy = new int[now.Length];
        Array.Fill(_takenBy, -1);
    }

    /// <summary>The new items old item <paramref name="oldIndex"/> (whose sorted word ids are given) is to be scored against, into <paramref name="candidates"/> (cleared first).</summary>
    public void Candidates(int oldIndex, int[] sortedWords, List<int> candidates)
    {
        candidates.Clear();
        _ranges.Clear();
        for (var k = 0; k < sortedWords.Length; k++)
        {
            if ((k == 0 || sortedWords[k] != sortedWords[k - 1]) && _words.TryGetValue(sortedWords[k], out var range) && range.Count <= CandidateLimit)
            {
                _ranges.Add((range.Count, range.Start));
            }
        }

        _ranges.Sort();
        for (var group = 0; group < _ranges.Count;)
        {
            // One group of equally rare words: all of its new items, or none if they would pass the limit.
            var taken = candidates.Count;
            var end = group;
            while (end < _ranges.Count && _ranges[end].Count == _ranges[group].Count) end++;
            for (var k = group; k < end && candidates.Count <= CandidateLimit; k++)
            {
                var (count, start) = _ranges[k];
                for (var p = start; p < start + count && candidates.Count <= CandidateLimit; p++)
                {
                    var j = _items[p];
                    if (_takenBy[j] == oldIndex) continue;
                    _takenBy[j] = oldIndex;
                    candidates.Add(j);
                }
            }

            if (candidates.Count > CandidateLimit)
            {
                candidates.RemoveRange(taken, candidates.Count - taken);
                return;
            }

            group = end;
        }
    }
}
