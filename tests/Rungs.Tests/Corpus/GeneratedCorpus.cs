using Rungs.Corpus;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Parsing;
using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Corpus;

/// <summary>Synthetic corpora held in memory (path → text), and the pipeline run over them.</summary>
internal static class GeneratedCorpus
{
    public static SortedDictionary<string, string> Files(int classes, ulong seed = 1) => Files(new CorpusSpec(classes, seed));

    public static SortedDictionary<string, string> Files(CorpusSpec spec) =>
        new(CorpusGenerator.Generate(spec).ToDictionary(f => f.Path, f => f.Text), StringComparer.Ordinal);

    /// <summary>The whole build, rendering included, with the repository's default theme.</summary>
    public static BuildResult Build(IReadOnlyDictionary<string, string> files) =>
        SitePipeline.Run(ContentSources.FromText(files), new DiskThemeSource(Repo.Themes, Repo.Themes, Repo.Root));

    /// <summary>Parse and link only: the site model, without the cost of rendering every page.</summary>
    public static (SiteModel? Site, IReadOnlyList<Rungs.Diagnostics.Diagnostic> Diagnostics) Link(IReadOnlyDictionary<string, string> files)
    {
        var parsed = ParseStage.Run(ContentSources.FromText(files));
        var linked = LinkStage.Run(parsed);
        return (linked.Site, parsed.Diagnostics.Concat(linked.Diagnostics).ToList());
    }
}
