using Rungs.Tests.Support;

namespace Rungs.Tests.Search;

/// <summary>
/// The sample site plus a series of five classes whose codes are numbers: four neighbours (155052, 155053, 155054,
/// 155063) that a typo-tolerant search would confuse, and 001368, a code with leading zeros.
/// </summary>
internal static class NumberedCodesSite
{
    public const string Series = "numbered";

    public static readonly (string Slug, string Code, string Title)[] Classes =
    [
        ("grounds-worker", "155052", "Grounds Worker"),
        ("grounds-lead", "155053", "Grounds Lead"),
        ("grounds-supervisor", "155054", "Grounds Supervisor"),
        ("grounds-manager", "155063", "Grounds Manager"),
        ("grounds-director", "001368", "Grounds Director"),
    ];

    public static TestSite Content()
    {
        var site = TestSite.Sample().With($"series/{Series}/_series.md", """
            ---
            title: Grounds Series
            summary: Grounds keeping work.
            order: 9
            ---
            """);
        for (var i = 0; i < Classes.Length; i++)
        {
            var (slug, code, title) = Classes[i];
            site = site.With($"series/{Series}/{slug}.md", $"""
                ---
                title: {title}
                code: "{code}"
                level: {i + 1}
                ---

                ## Duties

                - keeps the grounds
                """);
        }

        return site;
    }

    /// <summary>The page of a class of this series, relative to the site root.</summary>
    public static string Page(string slug) => $"series/{Series}/{slug}/index.html";
}
