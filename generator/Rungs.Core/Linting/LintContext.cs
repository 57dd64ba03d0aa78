using Rungs.Content;
using Rungs.Input;
using Rungs.Linking;

namespace Rungs.Linting;

/// <summary>What the lints look at: the linked site, the files as written, today's date and the settings.</summary>
/// <param name="Edited">The content-relative paths of the files edited since the last lint, or null for every file: what a rule that judges each file alone reads.</param>
public sealed record LintContext(SiteModel Site, ContentSources Sources, DateOnly Today, IReadOnlySet<string>? Edited = null)
{
    /// <summary>The files a rule that judges each file alone reads: the edited ones, else all.</summary>
    public IReadOnlyList<SourceFile> FilesToRead => Edited is null ? Sources.Files : Sources.Files.Where(f => Edited.Contains(f.RelativePath)).ToList();

    public LintConfig Config => Site.Config.Lint;
}
