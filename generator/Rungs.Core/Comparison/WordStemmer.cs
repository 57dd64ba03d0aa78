using Lucene.Net.Tartarus.Snowball.Ext;

namespace Rungs.Comparison;

/// <summary>
/// Light English stemming (Snowball's Porter2, as Lucene.Net ships it) of a word's comparison key: "proofreads",
/// "proofreading" and "proofread" all become "proofread", so reworded-item matching sees one word where a spec changed
/// only its tense or number.
/// </summary>
/// <remarks>Not thread-safe: each <see cref="Vocabulary"/> holds its own, and asks it once per distinct key.</remarks>
internal sealed class WordStemmer
{
    private readonly EnglishStemmer _stemmer = new();

    /// <summary>The stem of a lower-cased key; a key with anything but ASCII letters, digits, hyphens and apostrophes is its own stem.</summary>
    public string Stem(string key)
    {
        // Snowball's English rules are for English letters: a number, a code or "documentation/records" stays as written.
        foreach (var c in key)
        {
            if (c is not ((>= 'a' and <= 'z') or '\'' or '’' or '-')) return key;
        }

        _stemmer.SetCurrent(key);
        _stemmer.Stem();
        return _stemmer.Current;
    }
}
