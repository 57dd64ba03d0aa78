namespace Rungs.Corpus;

/// <summary>Generates a synthetic content folder: the same spec always gives the same files, byte for byte, on any machine.</summary>
public static class CorpusGenerator
{
    /// <summary>
    /// Every file of the corpus in ordinal path order. Texts are made one at a time as the sequence is read,
    /// so a caller can stream a large corpus to disk without holding it in memory.
    /// </summary>
    public static IEnumerable<CorpusFile> Generate(CorpusSpec spec)
    {
        if (spec.Problem is { } problem) throw new ArgumentException(problem, nameof(spec));
        var plan = CorpusPlanner.Plan(spec);

        var entries = new List<(string Path, Func<string> Text)>(spec.Classes + spec.SeriesCount + 200)
        {
            ("site.yml", () => LibraryText.Site(spec)),
            ($"pay/{LibraryText.PayScaleSlug}.yml", LibraryText.PayScale),
        };
        foreach (var (c, i) in plan.Competencies.Select((c, i) => (c, i)))
            entries.Add(($"competencies/{c.Slug}.md", () => LibraryText.Competency(spec, i, c)));
        foreach (var (k, i) in plan.Ksas.Select((k, i) => (k, i)))
            entries.Add(($"ksas/{k.Slug}.md", () => LibraryText.Ksa(spec, i, k)));
        foreach (var j in plan.JobModels)
            entries.Add(($"job-models/{j.Slug}.md", () => LibraryText.JobModel(spec, j)));
        foreach (var s in plan.Series)
        {
            entries.Add(($"series/{s.Slug}/_series.md", () => SeriesText.Render(spec, s)));
            foreach (var c in s.Classes)
                entries.Add(($"series/{s.Slug}/{c.Slug}.md", () => ClassText.Render(spec, c)));
        }

        // Sorting full paths (not series slugs) is what makes the order ordinal: "a-b-c/" sorts before "a-b/".
        entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return entries.Select(e => new CorpusFile(e.Path, e.Text()));
    }
}
