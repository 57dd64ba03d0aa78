using System.Text.RegularExpressions;
using Rungs.Diagnostics;
using Rungs.Incremental;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Parsing;
using Rungs.Pipeline;
using Rungs.Rendering;
using Rungs.Tests.Support;

namespace Rungs.Tests.Incremental;

/// <summary>
/// Every cross-reference is declared once, in <see cref="SiteReferences"/>, and linking, patching and the dev server's
/// choice of pages follow that declaration. For each declared reference, a document names another through it: the slug
/// is checked, and the pages a full build changes are the pages the incremental rebuild re-renders, as the declaration
/// says (its <see cref="ShownOn"/>). The expectations come from the declaration, so a new reference is tested here too.
/// </summary>
public sealed class CrossReferenceTests
{
    private static readonly DiskThemeSource Themes = new(Repo.Themes, Repo.Themes, Repo.Root);

    /// <summary>Each declared reference, by name (the declaration itself is not serialisable test data).</summary>
    public static TheoryData<string> References => new(SiteReferences.All.Select(r => r.ToString()));

    /// <summary>A declared reference by name, the files of a document that can make it and of one it can name, and the site.</summary>
    private static (SiteReference Reference, string Referrer, string Named, SortedDictionary<string, string> Files) Case(string name)
    {
        var reference = SiteReferences.All.Single(r => r.ToString() == name);
        var files = Unlinked();
        // Only an abolished class names a successor; it is abolished before the test's edit, so the edit is the reference alone.
        if (reference == SiteReferences.SupersededBy)
            files[ReferrerPath(reference.From)] = files[ReferrerPath(reference.From)].Replace("level: 1\n", "level: 1\nstatus: abolished\nabolished: 2026-06-30\n", StringComparison.Ordinal);
        return (reference, ReferrerPath(reference.From), NamedPath(reference.To), files);
    }

    /// <summary>
    /// Two series of one class each, a competency, a KSA and a job model, none naming another; each document's pages are
    /// a group of their own, so a test sees which ones an edit reaches.
    /// </summary>
    private static SortedDictionary<string, string> Unlinked() => new(StringComparer.Ordinal)
    {
        ["site.yml"] = "title: Cross-reference tests\norganisation: Tests\n",
        ["series/alpha/_series.md"] = "---\ntitle: Alpha Series\n---\n\nThe first series.\n",
        ["series/alpha/alpha-clerk.md"] = "---\ntitle: Alpha Clerk\ncode: \"A1\"\nlevel: 1\n---\n\n## Duties\n\n- files records\n",
        ["series/beta/_series.md"] = "---\ntitle: Beta Series\n---\n\nThe second series.\n",
        ["series/beta/beta-clerk.md"] = "---\ntitle: Beta Clerk\ncode: \"B1\"\nlevel: 1\n---\n\n## Duties\n\n- answers calls\n",
        ["competencies/listening.md"] = "---\ntitle: Listening\nsummary: Hears what is said.\n---\n\n## Definition\n\nHears what is said.\n",
        ["ksas/typing.md"] = "---\ntitle: Typing\nkind: skill\nsummary: Types quickly.\n---\n",
        ["job-models/front-desk.md"] = "---\ntitle: Front Desk\nsummary: Meets the public.\n---\n\n## Description\n\nMeets the public.\n",
    };

    /// <summary>The file of a document of the kind that names others, in the series alpha.</summary>
    private static string ReferrerPath(ContentKind kind) => kind switch
    {
        ContentKind.Series => "series/alpha/_series.md",
        ContentKind.Class => "series/alpha/alpha-clerk.md",
        ContentKind.JobModel => "job-models/front-desk.md",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The file of a document of the kind that is named, never in the series alpha (a class is beta's).</summary>
    private static string NamedPath(ContentKind kind) => kind switch
    {
        ContentKind.Class => "series/beta/beta-clerk.md",
        ContentKind.Competency => "competencies/listening.md",
        ContentKind.Ksa => "ksas/typing.md",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static PageGroup GroupOf(string path) => ChangeImpact.OwnGroups([path]).Single();

    /// <summary>The session re-rendered exactly the expected document groups, and every group a full build changed is one of them.</summary>
    private static void AssertRendered(IEnumerable<PageGroup> expected, IReadOnlyList<PageGroup> rendered, IReadOnlyList<PageGroup> changed)
    {
        Assert.Equal(expected.Select(g => g.ToString()).Order(StringComparer.Ordinal), rendered.Select(g => g.ToString()).Order(StringComparer.Ordinal));
        Assert.Subset(rendered.ToHashSet(), changed.ToHashSet());
    }

    /// <summary>The file with `key: [slug]` (`key: slug` for a reference of one slug) as the first line of its front matter.</summary>
    private static string Naming(string text, SiteReference reference, string slug) =>
        text.Insert("---\n".Length, reference.Single ? $"{reference.Key}: {slug}\n" : $"{reference.Key}: [{slug}]\n");

    [Theory]
    [MemberData(nameof(References))]
    public void Naming_a_document_re_renders_its_pages_exactly_when_the_declaration_says_they_list_the_referrer(string name)
    {
        var (reference, referrer, named, files) = Case(name);

        var (rendered, changed, patched) = Edit(files, () => files[referrer] = Naming(files[referrer], reference, ContentPath.Of(named).Slug));

        var listed = reference.ShownOn.HasFlag(ShownOn.Target);
        Assert.False(patched, "a changed slug list is linked in full");
        Assert.Equal(listed, changed.Contains(GroupOf(named)));
        AssertRendered([GroupOf(referrer), .. listed ? [GroupOf(named)] : Array.Empty<PageGroup>()], rendered, changed);
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Renaming_a_named_document_re_renders_the_referrer_exactly_when_the_declaration_says_it_shows_what_it_names(string name)
    {
        var (reference, referrer, named, files) = Case(name);
        files[referrer] = Naming(files[referrer], reference, ContentPath.Of(named).Slug);

        var (rendered, changed, _) = Edit(files, () => files[named] = Regex.Replace(files[named], "^title: (.*)$", "title: $1 Renamed", RegexOptions.Multiline));

        var shows = reference.ShownOn.HasFlag(ShownOn.Referrer);
        // Declared but not seen is allowed: `promotes_to` targets are named only in a class's revision history, which these
        // in-memory sites do not have. Seen but not declared would leave the referrer's pages stale.
        Assert.True(shows || !changed.Contains(GroupOf(referrer)), $"{GroupOf(referrer)} shows the named document, but {reference} does not say so");
        AssertRendered([GroupOf(named), .. shows ? [GroupOf(referrer)] : Array.Empty<PageGroup>()], rendered, changed);
    }

    [Theory]
    [MemberData(nameof(References))]
    public void A_slug_that_names_nothing_is_a_broken_reference_at_the_slug(string name)
    {
        var (reference, referrer, _, files) = Case(name);
        files[referrer] = Naming(files[referrer], reference, "no-such-document");

        var result = SitePipeline.Validate(ContentSources.FromText(files), Themes);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.BrokenReference, 2, reference.Key.Length + (reference.Single ? 3 : 4)), (error.Code, error.Position.Line, error.Position.Column));
        Assert.EndsWith(referrer, error.Position.Path, StringComparison.Ordinal);
        Assert.Contains("`no-such-document`", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Builds the site in a dev-server session, makes the edit, rebuilds, and checks the output against a full build. Gives
    /// the document groups the session re-rendered, those whose files a full build changed, and whether it patched.
    /// </summary>
    private static (IReadOnlyList<PageGroup> Rendered, IReadOnlyList<PageGroup> Changed, bool Patched) Edit(SortedDictionary<string, string> files, Action edit)
    {
        var session = Built(files);
        var before = PagesByGroup(files);
        edit();
        var (rendered, patched) = Rebuild(session, files);
        return (rendered, ChangedGroups(before, PagesByGroup(files)), patched);
    }

    private static SiteSession Built(SortedDictionary<string, string> files)
    {
        var session = new SiteSession(Themes);
        var report = session.Rebuild(ContentSources.FromText(files));
        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));
        Assert.Empty(report.Diagnostics);
        session.CompleteRebuild();
        return session;
    }

    /// <summary>Rebuilds after an edit, checks the output against a full build, and gives the document groups it re-rendered.</summary>
    private static (IReadOnlyList<PageGroup> Rendered, bool Patched) Rebuild(SiteSession session, SortedDictionary<string, string> files)
    {
        var first = session.Rebuild(ContentSources.FromText(files));
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));
        var steps = new[] { first }.Concat(session.CompleteRebuild()).ToList();
        var full = SitePipeline.Run(ContentSources.FromText(files), Themes);
        Assert.Equal(full.Files.Select(f => f.Path).Order(StringComparer.Ordinal), session.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(full.Files, f => Assert.True(f.Bytes.AsSpan().SequenceEqual(session.Files[f.Path].Bytes), $"{f.Path} differs from what a full build writes"));
        var rendered = steps.SelectMany(s => s.Groups).Where(g => g.Kind != PageGroupKind.Site).Distinct().ToList();
        return (rendered, first.Patched);
    }

    /// <summary>What a full build writes for each document's group of pages, by group, then by path.</summary>
    private static Dictionary<PageGroup, Dictionary<string, byte[]>> PagesByGroup(IReadOnlyDictionary<string, string> files)
    {
        var validated = SitePipeline.Validate(ContentSources.FromText(files), Themes);
        Assert.False(validated.HasErrors, string.Join("\n", validated.Diagnostics));
        var renderer = SiteRenderer.Create(validated.Site, validated.Theme!, validated.Site.Config.BaseUrl, null, new DiagnosticList())!;
        return PagePlanner.Groups(validated.Site).Where(g => g.Kind != PageGroupKind.Site)
            .ToDictionary(g => g, g => renderer.Render(g).Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal));
    }

    private static IReadOnlyList<PageGroup> ChangedGroups(Dictionary<PageGroup, Dictionary<string, byte[]>> before, Dictionary<PageGroup, Dictionary<string, byte[]>> after) =>
        before.Keys.Union(after.Keys).Where(g =>
            !before.TryGetValue(g, out var old) || !after.TryGetValue(g, out var now) || old.Count != now.Count
            || old.Any(p => !now.TryGetValue(p.Key, out var bytes) || !bytes.AsSpan().SequenceEqual(p.Value))).ToList();
}
