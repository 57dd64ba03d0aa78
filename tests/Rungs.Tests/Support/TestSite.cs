using Rungs.Input;
using Rungs.Pipeline;

namespace Rungs.Tests.Support;

/// <summary>
/// A small content folder held in memory: path (relative to content/) → file text. <see cref="Minimal"/> is a
/// complete, valid site; tests add or replace one file to state the situation they are about.
/// </summary>
public sealed class TestSite
{
    private readonly SortedDictionary<string, string> _files;

    private TestSite(IDictionary<string, string> files) => _files = new(files, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Files => _files;

    /// <summary>
    /// The smallest site that uses every kind of content: one series (`cs`) with two classes
    /// (cs-assistant, level 1; cs-representative, level 2), one competency, one KSA and one job model.
    /// It builds with no diagnostics at all.
    /// </summary>
    public static TestSite Minimal() => new(new Dictionary<string, string>
    {
        ["site.yml"] = """
            title: Test Specs
            organisation: Test University
            description: Classification specs for tests.
            # The fixtures are dated 2010: a test run by the command line must not depend on the day it runs.
            lint: { effective_date: off }
            """,
        ["series/cs/_series.md"] = """
            ---
            title: Customer Service Series
            promotional_line: "343"
            summary: Customer service work from the entry level up.
            ---

            ## Series Narrative

            Employees in this series serve campus clients.
            """,
        ["series/cs/cs-assistant.md"] = """
            ---
            title: CS Assistant
            code: "4807"
            level: 1
            level_label: Level I
            grade: "13"
            flsa: non-exempt
            effective: 2010-08-15
            ksas: [grammar]
            competencies: [communication]
            ---

            ## Summary

            Entry level assistants who answer routine questions.

            ## Duties

            - answers routine inquiries from clients
            - greets visitors and directs them
            """,
        ["series/cs/cs-representative.md"] = """
            ---
            title: CS Representative
            code: "4808"
            level: 2
            level_label: Level II
            grade: "15"
            flsa: exempt
            ksas: [grammar]
            differs_from: [cs-assistant]
            includes_lower_level_work: true
            ---

            ## Duties

            - resolves complex inquiries
            """,
        ["competencies/communication.md"] = """
            ---
            title: Communication
            summary: Clearly conveys and receives information.
            group: Front-line customer service
            order: 1
            ---

            ## Definition

            Clearly conveys and receives information and ideas.

            ## Exemplary Performance

            Communications are consistently error free.

            ## Below Target Performance

            Fails to listen and share feedback.
            """,
        ["ksas/grammar.md"] = """
            ---
            title: Grammar
            kind: knowledge
            summary: Rules of composition, punctuation, etc.
            ---
            """,
        ["job-models/client-service.md"] = """
            ---
            title: Client Service Specialist
            summary: High-quality service for complex issues.
            example_positions: [Roving Teller, Help Desk Technician]
            competencies: [communication]
            classes: [cs-representative]
            ---

            ## Representative Behaviours

            - Recognizes problems, issues, and opportunities
            - Bounces back quickly from mistakes
            """,
    });

    /// <summary>A site of exactly these files (content-relative path → text).</summary>
    public static TestSite FromFiles(IReadOnlyDictionary<string, string> files) => new(files.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    /// <summary>The repository's sample site (content/) as files a test can change, write and commit.</summary>
    public static TestSite Sample() =>
        new(ContentReader.Read(Repo.Content, "content").Files.ToDictionary(f => f.RelativePath, f => f.Text!, StringComparer.Ordinal));

    /// <summary>This site with one file added or replaced (a final newline is added when missing).</summary>
    public TestSite With(string path, string text)
    {
        var copy = new TestSite(_files);
        copy._files[path] = text.EndsWith('\n') ? text : text + "\n";
        return copy;
    }

    /// <summary>This site without one file.</summary>
    public TestSite Without(string path)
    {
        var copy = new TestSite(_files);
        Assert.True(copy._files.Remove(path), $"the test site has no file {path}");
        return copy;
    }

    public ContentSources Sources() => ContentSources.FromText(_files);

    /// <summary>Builds in memory with the repository's default theme, and optionally a site's own themes folder.</summary>
    public BuildResult Build(string? baseUrl = null, string? siteThemes = null, string? displayBase = null) =>
        SitePipeline.Run(Sources(), Themes(siteThemes, displayBase), baseUrl is null ? null : Rungs.Content.BaseUrl.Parse(baseUrl));

    /// <summary>Builds and insists on success with no diagnostics at all, for tests about what the site shows.</summary>
    public BuiltSite BuildClean(string? baseUrl = null, string? siteThemes = null, string? displayBase = null)
    {
        var result = Build(baseUrl, siteThemes, displayBase);
        Assert.True(result.Diagnostics.Count == 0, "expected a clean build, got:\n" + string.Join("\n", result.Diagnostics));
        return new BuiltSite(result);
    }

    /// <summary>Writes the site as a content folder on disk.</summary>
    public void WriteTo(string contentDirectory)
    {
        foreach (var (path, text) in _files)
        {
            var full = Path.Combine([contentDirectory, .. path.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
        }
    }

    /// <summary>The repository's built-in themes, overlaid by <paramref name="siteThemes"/> when given.</summary>
    public static DiskThemeSource Themes(string? siteThemes = null, string? displayBase = null) =>
        new(Repo.Themes, siteThemes ?? Path.Combine(AppContext.BaseDirectory, "no-site-themes"), displayBase ?? Repo.Root);
}
