using System.Text.RegularExpressions;
using Rungs.Tests.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.Releases;

/// <summary>
/// A temporary git repository with three releases of a small site: v1 (annotated), v2 (lightweight: a class retitled,
/// one regraded with a duty reworded, one removed, one added) and v3 (annotated: an FLSA change with a KSA added, a
/// class's minimum qualifications edited), plus a tag no pattern picks. Dates are fixed, so pages are known exactly.
/// </summary>
public sealed class ReleaseRepo : IDisposable
{
    public const string V1Message = "Classification plan 2025\n\nApproved by the board on 14 January 2025.";
    public const string V3Message = "Mid-year plan 2026";

    public ReleaseRepo()
    {
        var site = TestSite.Minimal().With("series/cs/cs-supervisor.md", Class("CS Supervisor", "4810", 3, "17", "supervises the service desk", "- two years of supervisory experience"));
        Repo.Commit(site, "2025-01-15T09:00:00+01:00", "Import the specs");
        Tag("2025-01-15T09:00:00+01:00", "-a", "v1", "-m", V1Message);

        site = site.With("series/cs/cs-assistant.md", site.Files["series/cs/cs-assistant.md"]
                .Replace("grade: \"13\"", "grade: \"14\"")
                .Replace("- answers routine inquiries from clients", "- answers routine and detailed inquiries from clients"))
            .With("series/cs/cs-representative.md", site.Files["series/cs/cs-representative.md"].Replace("title: CS Representative", "title: CS Representative II"))
            .Without("series/cs/cs-supervisor.md")
            .With("series/cs/cs-specialist.md", Class("CS Specialist", "4811", 3, "17", "leads complex cases", "- one year of customer service"));
        Repo.Commit(site, "2026-01-20T10:00:00+00:00", "Plan 2026");
        Tag(null, "v2");

        site = site.With("series/cs/cs-representative.md", site.Files["series/cs/cs-representative.md"]
                .Replace("flsa: exempt", "flsa: non-exempt")
                .Replace("ksas: [grammar]", "ksas: [grammar, typing]"))
            .With("ksas/typing.md", "---\ntitle: Typing\nkind: skill\nsummary: Typing at speed.\n---\n")
            .With("series/cs/cs-specialist.md", Class("CS Specialist", "4811", 3, "17", "leads complex cases", "- two years of customer service"));
        Repo.Commit(site, "2026-06-01T08:00:00-04:00", "Mid-year changes");
        Tag("2026-06-01T12:00:00+02:00", "-a", "v3", "-m", V3Message);
        Tag(null, "draft-2027");
    }

    public GitRepo Repo { get; } = new();

    public string Content => Repo.Content;

    /// <summary>Tags HEAD; <paramref name="date"/> is the tagger date of an annotated tag.</summary>
    public void Tag(string? date, params string[] args) => GitRepo.Git(Repo.Root, date, ["tag", .. args]);

    public static string Class(string title, string code, int level, string grade, string duty, string qualification) => $"""
        ---
        title: {title}
        code: "{code}"
        level: {level}
        grade: "{grade}"
        flsa: exempt
        ---

        ## Duties

        - {duty}

        ## Minimum Qualifications

        {qualification}
        """;

    /// <summary>The releases of a releases page, newest first: tag, meta line and message, as visible text.</summary>
    public static IReadOnlyList<(string Tag, string Meta, string? Message)> Releases(string html) =>
        Sections(html).Select(s => (
            s.Tag,
            Html.TextOf(Regex.Match(s.Html, """<p class="release-meta[^"]*">(.*?)</p>""", RegexOptions.Singleline).Groups[1].Value),
            Regex.Match(s.Html, """<p class="release-message">(.*?)</p>""", RegexOptions.Singleline) is { Success: true } m ? Html.TextOf(m.Groups[1].Value) : null))
            .ToList();

    /// <summary>A release's matrix rows, in page order: class title, status, high impact, marked kinds and the diff page's link.</summary>
    public static IReadOnlyList<Row> Rows(string html, string tag) =>
        Regex.Matches(Sections(html).Single(s => s.Tag == tag).Html, """<tr data-status="([a-z]+)"([^>]*)>(.*?)</tr>""", RegexOptions.Singleline)
            .Select(row => new Row(
                Html.TextOf(Regex.Match(row.Groups[3].Value, """<th scope="row">(.*?)</th>""", RegexOptions.Singleline).Groups[1].Value)
                    .Replace(" High impact", "", StringComparison.Ordinal),
                row.Groups[1].Value,
                row.Groups[2].Value.Contains("data-high-impact", StringComparison.Ordinal),
                Regex.Matches(row.Groups[3].Value, """<td data-kind="([A-Za-z]+)" data-marked="true""").Select(m => m.Groups[1].Value).ToArray(),
                Regex.Match(row.Groups[3].Value, """<td class="release-changes">.*?<a href="\.\./([^"]+)">""", RegexOptions.Singleline).Groups[1].Value))
            .ToList();

    public sealed record Row(string Class, string Status, bool HighImpact, string[] Kinds, string DiffPage);

    private static IEnumerable<(string Tag, string Html)> Sections(string html) =>
        Regex.Matches(html, """<section class="release" id="[^"]+" data-release="([^"]+)">(.*?)</section>""", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    public void Dispose() => Repo.Dispose();
}
