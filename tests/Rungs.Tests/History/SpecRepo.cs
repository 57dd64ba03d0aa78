using System.Text.RegularExpressions;
using Rungs.History;
using Rungs.Input;
using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.History;

/// <summary>
/// The history every page test reads: the minimal test site committed, then changed five times with known dates
/// (each in its own time zone offset) — a grade change, an FLSA change with a reworded duty, a class renamed under the
/// same code, and a KSA added.
/// </summary>
public sealed class SpecRepo : IDisposable
{
    public const string Import = "Import the customer service specs";
    public const string RaiseGrade = "Raise CS Representative to grade 16";
    public const string Reclassify = "Reclassify CS Assistant as exempt";
    public const string Rename = "Rename CS Representative to CS Senior Representative";
    public const string AddTyping = "Add the typing KSA";

    public GitRepo Repo { get; } = new();

    public IReadOnlyList<string> Hashes { get; }

    public SpecRepo()
    {
        var site = TestSite.Minimal();
        var hashes = new List<string> { Repo.Commit(site, "2024-01-10T09:00:00+01:00", Import) };

        site = site.With("series/cs/cs-representative.md", Representative("CS Representative", "16"));
        hashes.Add(Repo.Commit(site, "2024-02-01T10:00:00+00:00", RaiseGrade));

        site = site.With("series/cs/cs-assistant.md", Assistant("exempt", "answers routine inquiries from clients and visitors", ""));
        hashes.Add(Repo.Commit(site, "2024-03-05T14:30:00-05:00", Reclassify));

        site = site.Without("series/cs/cs-representative.md")
            .With("series/cs/cs-senior-representative.md", Representative("CS Senior Representative", "16"))
            .With("job-models/client-service.md", site.Files["job-models/client-service.md"].Replace("classes: [cs-representative]", "classes: [cs-senior-representative]"));
        hashes.Add(Repo.Commit(site, "2024-04-02T08:00:00+02:00", Rename));

        site = site.With("ksas/typing.md", "---\ntitle: Typing\nkind: skill\nsummary: Typing at speed.\n---\n")
            .With("series/cs/cs-assistant.md", Assistant("exempt", "answers routine inquiries from clients and visitors", ", typing"));
        hashes.Add(Repo.Commit(site, "2024-05-01T12:00:00Z", AddTyping));
        Hashes = hashes;
        Site = site;
    }

    /// <summary>The content as last committed.</summary>
    public TestSite Site { get; }

    /// <summary>Builds the repository's content in memory with its history read from git, insisting on a clean build.</summary>
    public BuiltSite Build(string? baseUrl = null, int maxCommits = ReadHistory.DefaultMaxCommits) => BuildFrom(Repo.Content, baseUrl, maxCommits);

    public static BuiltSite BuildFrom(string content, string? baseUrl = null, int maxCommits = ReadHistory.DefaultMaxCommits)
    {
        var result = SitePipeline.Run(ContentReader.Read(content, "content"), TestSite.Themes(),
            baseUrl is null ? null : Rungs.Content.BaseUrl.Parse(baseUrl), ReadHistory.Read(content, maxCommits));
        Assert.True(result.Diagnostics.Count == 0, "expected a clean build, got:\n" + string.Join("\n", result.Diagnostics));
        return new BuiltSite(result);
    }

    public static string Representative(string title, string grade) => $"""
        ---
        title: {title}
        code: "4808"
        level: 2
        level_label: Level II
        grade: "{grade}"
        flsa: exempt
        ksas: [grammar]
        differs_from: [cs-assistant]
        includes_lower_level_work: true
        ---

        ## Duties

        - resolves complex inquiries
        """;

    public static string Assistant(string flsa, string firstDuty, string moreKsas) => $"""
        ---
        title: CS Assistant
        code: "4807"
        level: 1
        level_label: Level I
        grade: "13"
        flsa: {flsa}
        effective: 2010-08-15
        ksas: [grammar{moreKsas}]
        competencies: [communication]
        ---

        ## Summary

        Entry level assistants who answer routine questions.

        ## Duties

        - {firstDuty}
        - greets visitors and directs them
        """;

    /// <summary>The cells of every history row of a page (`&lt;tr data-commit=…&gt;`), as visible text.</summary>
    public static IReadOnlyList<string[]> Rows(string html) =>
        Regex.Matches(html, """<tr data-commit="[0-9a-f]+">(.*?)</tr>""", RegexOptions.Singleline)
            .Select(row => Regex.Matches(row.Groups[1].Value, "<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)
                .Select(cell => Html.TextOf(cell.Groups[1].Value)).ToArray())
            .ToList();

    /// <summary>The commits of the recent changes page (`&lt;li class="commit"&gt;`): subject, date line and each changed spec, as visible text.</summary>
    public static IReadOnlyList<(string Subject, string Meta, string[] Changes)> Commits(string html) =>
        Regex.Matches(html, """<li class="commit"[^>]*>(.*?)</ul>\s*</li>""", RegexOptions.Singleline)
            .Select(commit => (
                Html.TextOf(Regex.Match(commit.Groups[1].Value, "<h2[^>]*>(.*?)</h2>", RegexOptions.Singleline).Groups[1].Value),
                Html.TextOf(Regex.Match(commit.Groups[1].Value, """<p class="commit-meta[^"]*">(.*?)</p>""", RegexOptions.Singleline).Groups[1].Value),
                Regex.Matches(commit.Groups[1].Value, "<li[^>]*>(.*?)</li>", RegexOptions.Singleline).Select(li => Html.TextOf(li.Groups[1].Value)).ToArray()))
            .ToList();

    public void Dispose() => Repo.Dispose();
}
