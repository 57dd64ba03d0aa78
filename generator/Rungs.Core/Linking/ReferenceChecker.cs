using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Parsing;

namespace Rungs.Linking;

/// <summary>Reports references to slugs that do not exist, suggesting the closest one that does.</summary>
/// <param name="existing">The slugs that exist, by kind of document other than classes (files that failed to parse count as existing).</param>
/// <param name="classes">The classes that exist, by which class references resolve.</param>
/// <param name="drafts">The draft classes left out of this build (no `--drafts`), or null: naming one is RUNGS063.</param>
public sealed class ReferenceChecker(DiagnosticList diagnostics, IReadOnlyDictionary<ContentKind, IReadOnlySet<string>> existing, ClassNames classes,
    ClassNames? drafts = null)
{
    public void Check(SlugRef reference, ContentKind kind)
    {
        var known = existing[kind];
        if (known.Contains(reference.Slug)) return;
        ReportUnknown(reference, kind, known);
    }

    /// <summary>Checks a class reference written in a document of <paramref name="fromSeries"/> (null: outside any series).</summary>
    public void CheckClass(SlugRef reference, string? fromSeries)
    {
        var name = classes.Resolve(reference.Slug, fromSeries);
        if (name.Key is not null) return;
        if (name.Candidates.Count == 0 && drafts?.Resolve(reference.Slug, fromSeries).Key is { } draft)
        {
            diagnostics.Error(DiagnosticCodes.DraftReference, reference.Position,
                $"`{reference.Slug}` is a draft (series/{draft}.md has `status: draft`, itself or in its series), and a published page cannot link to a draft",
                "publish the draft (remove `status: draft`) or remove this reference; to preview both, build with `--drafts`");
            return;
        }

        if (name.Candidates.Count == 0)
        {
            ReportUnknown(reference, ContentKind.Class, classes.Spellings);
            return;
        }

        diagnostics.Error(DiagnosticCodes.AmbiguousClass, reference.Position,
            $"several series have a class `{reference.Slug}`: {string.Join(", ", name.Candidates.Select(c => $"`{c}`"))}",
            $"name the class with its series, e.g. `{name.Candidates[0]}`");
    }

    private void ReportUnknown(SlugRef reference, ContentKind kind, IEnumerable<string> known)
    {
        var (kindName, file) = Naming(kind, reference.Slug);
        var closest = SpellingSuggestion.Closest(reference.Slug, known);
        diagnostics.Error(DiagnosticCodes.BrokenReference, reference.Position,
            $"no {kindName} has the slug `{reference.Slug}`",
            closest is not null
                ? $"did you mean `{closest}`?"
                : $"create {file}, or correct the slug");
    }

    /// <summary>A document naming itself where that is forbidden.</summary>
    public void ReportSelf(SlugRef reference, SelfReference rule, string key) =>
        diagnostics.Error(rule.Code, reference.Position, rule.Message, $"remove this entry from `{key}`");

    /// <summary>What a document of the kind is called, and the file that would hold one with the slug.</summary>
    private static (string Name, string File) Naming(ContentKind kind, string slug) => kind switch
    {
        ContentKind.Ksa => ("KSA", $"ksas/{slug}.md"),
        ContentKind.Competency => ("competency", $"competencies/{slug}.md"),
        ContentKind.Class => ("class", slug.Contains('/') ? $"series/{slug}.md" : $"series/<series>/{slug}.md"),
        ContentKind.Series => ("series", $"series/{slug}/{ContentPath.SeriesFileName}"),
        ContentKind.JobModel => ("job model", $"job-models/{slug}.md"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of document"),
    };
}
