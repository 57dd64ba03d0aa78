using Rungs.Content;
using Rungs.Input;
using Rungs.Linking;

namespace Rungs.Linting;

/// <summary>What the lints look at: the linked site, the files as written, today's date and the settings.</summary>
public sealed record LintContext(SiteModel Site, ContentSources Sources, DateOnly Today)
{
    public LintConfig Config => Site.Config.Lint;
}
