using System.Text.RegularExpressions;
using Rungs.Content;
using Rungs.Input;
using Rungs.Parsing;

namespace Rungs.Linting;

/// <summary>`gendered_wording`: a phrase of <see cref="GenderedTerms"/> in a spec file, front matter or body, at the phrase itself.</summary>
public sealed class GenderedWording : ILintRule
{
    public LintRuleInfo Info => LintCatalog.GenderedWording;

    public bool JudgesEachFileAlone => true;

    // One pass over each file for every phrase; a letter, digit or hyphen on either side makes it part of another word.
    private static readonly Regex Phrases = new(
        @"(?<![\w-])(?:" + string.Join('|', GenderedTerms.All.Select(t => Pattern(t.Phrase)).OrderByDescending(p => p.Length)) + @")(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Dictionary<string, string> NeutralOf = GenderedTerms.All.ToDictionary(t => t.Phrase, t => t.Neutral, StringComparer.Ordinal);

    public IEnumerable<LintFinding> Find(LintContext context)
    {
        // The one lint that reads every file's text: the files are scanned on every core, their findings kept in file order.
        var files = context.FilesToRead;
        var found = new List<LintFinding>?[files.Count];
        Parallel.For(0, files.Count, i => found[i] = FindIn(files[i]));
        return found.OfType<List<LintFinding>>().SelectMany(f => f);
    }

    private static List<LintFinding>? FindIn(SourceFile file)
    {
        if (file.Text is not { } text || ContentPath.Of(file.RelativePath).Kind is not
            (ContentKind.Series or ContentKind.Class or ContentKind.Competency or ContentKind.Ksa or ContentKind.JobModel)) return null;
        List<LintFinding>? findings = null;
        for (var match = Phrases.Match(text); match.Success; match = match.NextMatch())
        {
            var written = Regex.Replace(match.Value, @"\s+", " ");
            var neutral = NeutralOf[Normalise(written)];
            (findings ??= []).Add(new LintFinding(ForbiddenCharacterWarning.PositionIn(file.DisplayPath, text, match.Index),
                $"\"{written}\" is gendered wording", $"write \"{neutral}\" instead"));
        }

        return findings;
    }

    private static string Pattern(string phrase) =>
        string.Join(@"\s+", phrase.Split(' ').Select(word => string.Join(@"\s*/\s*", word.Split('/').Select(Regex.Escape))));

    private static string Normalise(string written) => Regex.Replace(written.ToLowerInvariant(), @"\s*/\s*", "/");
}
