namespace Rungs.Comparison;

/// <summary>A text split into whitespace-separated words, each with the key it is compared by.</summary>
internal sealed class TokenizedText
{
    private TokenizedText(string[] words, string[] keys)
    {
        Words = words;
        Keys = keys;
    }

    /// <summary>The words exactly as written, punctuation attached.</summary>
    public string[] Words { get; }

    /// <summary>
    /// The comparison key of each word: lower-cased (invariant culture) without leading or trailing punctuation, so
    /// "Policies," matches "policies". A word that is nothing but punctuation ("–", "&amp;") keeps itself as its key, so that
    /// it still matches only itself rather than every other punctuation mark.
    /// </summary>
    public string[] Keys { get; }

    public int Count => Words.Length;

    /// <summary>The words joined by single spaces: the text with its whitespace normalised.</summary>
    public string Joined => string.Join(' ', Words);

    public static TokenizedText Of(string text)
    {
        // Two passes (count, then cut) so the arrays are allocated once at their size: every list item of every class is
        // tokenized for each comparison it takes part in, so this is the planner's most frequent allocation.
        var words = new string[CountWords(text)];
        var keys = new string[words.Length];
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || char.IsWhiteSpace(text[i]);
            if (boundary && start >= 0)
            {
                var word = text[start..i];
                words[count] = word;
                keys[count++] = KeyOf(word);
                start = -1;
            }
            else if (!boundary && start < 0)
            {
                start = i;
            }
        }

        return new TokenizedText(words, keys);
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var boundary = char.IsWhiteSpace(c);
            if (!boundary && !inWord) count++;
            inWord = !boundary;
        }

        return count;
    }

    /// <summary>The keys as small integers from a vocabulary shared by everything compared together, so comparisons are integer compares.</summary>
    public int[] IdsIn(Dictionary<string, int> vocabulary)
    {
        var ids = new int[Keys.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!vocabulary.TryGetValue(Keys[i], out var id))
            {
                id = vocabulary.Count;
                vocabulary.Add(Keys[i], id);
            }

            ids[i] = id;
        }

        return ids;
    }

    private static string KeyOf(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && char.IsPunctuation(word[start])) start++;
        while (end > start && char.IsPunctuation(word[end - 1])) end--;
        return (start == end ? word : word[start..end]).ToLowerInvariant();
    }
}
