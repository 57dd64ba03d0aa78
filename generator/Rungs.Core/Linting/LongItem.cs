using Rungs.Content;

namespace Rungs.Linting;

/// <summary>`long_item`: a duty or KSA item of a class or series longer than `words` (default 80) words.</summary>
public sealed class LongItem : ILintRule
{
    public LintRuleInfo Info => LintCatalog.LongItem;

    public bool JudgesEachSeriesAlone => true;

    public IEnumerable<LintFinding> Find(LintContext context)
    {
        var limit = context.Config.OptionOf(Info, "words");
        var series = context.SeriesToRead;
        var bodies = series.Select(l => l.Spec.Body).Concat(series.SelectMany(l => l.Levels).Select(c => c.Body));
        foreach (var body in bodies)
        foreach (var (kind, item) in SpecItems.DutiesAndKsas(body))
        {
            // A text of n characters has at most (n + 1) / 2 words: most items are too short to need counting.
            if ((item.Text.Length + 1) / 2 <= limit) continue;
            var words = Words(item.Text);
            if (words > limit)
                yield return new LintFinding(item.Position, $"this {SpecItems.Noun(kind)} is {words} words long, more than {limit}",
                    $"split it into shorter items, or allow longer ones with `long_item: {{ words: {words} }}`");
        }
    }

    /// <summary>How many words the text has: runs of characters between whitespace (as a split on whitespace counts them, without making the pieces).</summary>
    public static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // char.IsWhiteSpace, with the common ASCII answers first.
            var space = c <= ' ' ? c == ' ' || c is >= '\t' and <= '\r' : c >= '\u0085' && char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }

        return words;
    }
}
