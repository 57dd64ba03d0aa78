using Rungs.Content;
using Rungs.Diagnostics;
using Rungs.Parsing;

namespace Rungs.Linking;

/// <summary>
/// Checks what names a pay scale: each `pay_scale:` (site, series, class) names a file in pay/, and each graded class's
/// grade is in the scale that applies to it (class → series → site).
/// </summary>
internal static class PayScaleRules
{
    public static void Check(ParsedContent content, IReadOnlyList<SeriesLadder> ladders, DiagnosticList diagnostics)
    {
        var existing = content.SlugsOf(ContentKind.PayScale, content.PayScales.Select(s => s.Slug));
        var site = content.Site?.PayScale;
        CheckNames(site, existing, diagnostics);
        foreach (var series in content.Series) CheckNames(series.PayScale, existing, diagnostics);
        foreach (var spec in content.Classes) CheckNames(spec.PayScale, existing, diagnostics);

        var bySlug = content.PayScales.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        foreach (var ladder in ladders)
        foreach (var spec in ladder.Levels)
        {
            if (spec.Grade is null || ScaleSlugOf(spec, ladder.Spec, site) is not { } slug || !bySlug.TryGetValue(slug, out var scale)) continue;
            if (scale.Find(spec.Grade) is null)
                diagnostics.Warning(DiagnosticCodes.GradeNotInScale, spec.GradePosition,
                    $"the grade \"{spec.Grade}\" of {spec.Title} is not in the pay scale `{scale.Slug}` ({scale.Title}), so its page shows no pay",
                    $"add grade \"{spec.Grade}\" to {scale.Position.Path}, or name the class's scale with `pay_scale:`");
        }
    }

    /// <summary>The slug of the scale a class is paid on: its own, else its series', else the site's.</summary>
    public static string? ScaleSlugOf(ClassSpec spec, SeriesSpec? series, SlugRef? site) =>
        (spec.PayScale ?? series?.PayScale ?? site)?.Slug;

    private static void CheckNames(SlugRef? reference, IReadOnlySet<string> existing, DiagnosticList diagnostics)
    {
        if (reference is null || existing.Contains(reference.Slug)) return;
        var near = SpellingSuggestion.Closest(reference.Slug, existing);
        diagnostics.Error(DiagnosticCodes.UnknownPayScale, reference.Position, $"no pay scale `{reference.Slug}` (pay/{reference.Slug}.yml)",
            near is not null ? $"did you mean `{near}`?"
            : existing.Count == 0 ? $"create pay/{reference.Slug}.yml with the scale's `title`, `currency`, `period` and `grades`"
            : $"the pay scales are {string.Join(", ", existing.Order(StringComparer.Ordinal))}");
    }
}
