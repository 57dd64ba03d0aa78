using System.Buffers;
using System.Text.RegularExpressions;
using Rungs.Content;
using Rungs.Input;
using Rungs.Parsing;

namespace Rungs.Linting;

/// <summary>`gendered_wording`: a phrase of <see cref="GenderedTerms"/> in a spec file, front matter or body, at the phrase itself.</summary>
public sealed class GenderedWording : IFileLintRule
{
    public LintRuleInfo Info => LintCatalog.GenderedWording;

    // Every phrase; a letter, digit or hyphen on either side makes it part of another word. Tests compare <see cref="Matches"/> with it.
    internal static readonly Regex Phrases = new(
        @"(?<![\w-])(?:" + string.Join('|', GenderedTerms.All.Select(t => Pattern(t.Phrase)).OrderByDescending(p => p.Length)) + @")(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // The same phrases, matched only where a candidate word starts (`\G`); lookbehinds still see the text before it.
    // Interpreted, not compiled: it runs at a few places per file, and compiling it cost more than a build's matches.
    private static readonly Regex PhraseHere = new(@"\G" + Phrases, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Every phrase's first word ("he", "s", "chairman", "man-hours"), by length: a phrase can only start where such a
    // word does. Finding words with a vectorised search and comparing each with the few first words of its length (no
    // hashing: most words are short and common) is several times faster than letting the regex try every one of the
    // common letters its phrases start with.
    private static readonly string[][] FirstWordsByLength = FirstWords();

    private static string[][] FirstWords()
    {
        var words = GenderedTerms.All.Select(t => t.Phrase.Split(' ', '/')[0].ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        return [.. Enumerable.Range(0, words.Max(w => w.Length) + 1).Select(n => words.Where(w => w.Length == n).ToArray())];
    }

    private static bool IsFirstWord(ReadOnlySpan<char> word)
    {
        if (word.Length >= FirstWordsByLength.Length) return false;
        foreach (var first in FirstWordsByLength[word.Length])
            if ((word[0] | 0x20) == first[0] && word.Equals(first, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The characters of a candidate word: ASCII letters, digits, `_` and `-`. A phrase starts after none of `\w` or `-`,
    // so where one starts, a run of these does too (a non-ASCII letter before it is caught by the phrase's lookbehind).
    private static readonly SearchValues<char> WordChars = SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private static readonly Dictionary<string, string> NeutralOf = GenderedTerms.All.ToDictionary(t => t.Phrase, t => t.Neutral, StringComparer.Ordinal);

    public IEnumerable<LintFinding> FindIn(IReadOnlyList<SourceFile> files)
    {
        // The one lint that reads every file's text: the files are scanned on every core, their findings kept in file order.
        var found = new List<LintFinding>?[files.Count];
        Parallel.For(0, files.Count, i => found[i] = FindIn(files[i]));
        return found.OfType<List<LintFinding>>().SelectMany(f => f);
    }

    private static List<LintFinding>? FindIn(SourceFile file)
    {
        if (file.Text is not { } text || ContentPath.Of(file.RelativePath).Kind is not
            (ContentKind.Series or ContentKind.Class or ContentKind.Competency or ContentKind.Ksa or ContentKind.JobModel)) return null;
        List<LintFinding>? findings = null;
        foreach (var match in Matches(text))
        {
            var written = Regex.Replace(match.Value, @"\s+", " ");
            var neutral = NeutralOf[Normalise(written)];
            (findings ??= []).Add(new LintFinding(ForbiddenCharacterWarning.PositionIn(file.DisplayPath, text, match.Index),
                $"\"{written}\" is gendered wording", $"write \"{neutral}\" instead"));
        }

        return findings;
    }

    /// <summary>The phrases in <paramref name="text"/>, from first to last, as <see cref="Phrases"/> would find them.</summary>
    internal static IEnumerable<Match> Matches(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var start = text.AsSpan(at).IndexOfAny(WordChars);
            if (start < 0) yield break;
            start += at;
            var length = text.AsSpan(start).IndexOfAnyExcept(WordChars);
            var end = length < 0 ? text.Length : start + length;
            at = end;
            if (!IsFirstWord(text.AsSpan(start, end - start))) continue;
            var match = PhraseHere.Match(text, start);
            if (!match.Success) continue;
            yield return match;
            at = match.Index + match.Length;
        }
    }

    private static string Pattern(string phrase) =>
        string.Join(@"\s+", phrase.Split(' ').Select(word => string.Join(@"\s*/\s*", word.Split('/').Select(Regex.Escape))));

    private static string Normalise(string written) => Regex.Replace(written.ToLowerInvariant(), @"\s*/\s*", "/");
}
