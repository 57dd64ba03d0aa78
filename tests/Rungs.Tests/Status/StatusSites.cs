using Rungs.Input;
using Rungs.Pipeline;
using Rungs.Tests.Support;

namespace Rungs.Tests.Status;

/// <summary>
/// The Customer Service series of <see cref="TestSite.Minimal"/> after a reorganisation: CS Representative (level 2,
/// 4808) was abolished on 30 June 2026 and superseded by CS Specialist, which took its level. Tests change one file to
/// state the case they are about.
/// </summary>
internal static class StatusSites
{
    public const string Representative = "series/cs/cs-representative.md";
    public const string Specialist = "series/cs/cs-specialist.md";

    public static TestSite Reorganised() => TestSite.Minimal()
        .With(Representative, Representative2(status: "status: abolished\nabolished: 2026-06-30\nsuperseded_by: cs-specialist\n"))
        .With(Specialist, """
            ---
            title: CS Specialist
            code: "4810"
            level: 2
            grade: "15"
            ---

            ## Duties

            - resolves complex inquiries and trains staff
            """);

    /// <summary>CS Representative with these front-matter lines added (a status, a date, a successor).</summary>
    public static string Representative2(string status) => $"""
        ---
        title: CS Representative
        code: "4808"
        level: 2
        {status.TrimEnd('\n')}
        grade: "15"
        ---

        ## Duties

        - resolves complex inquiries
        """;

    /// <summary>A class file of the series with the title, code, level and extra lines.</summary>
    public static string Class(string title, string code, int level, string extra = "") => $"""
        ---
        title: {title}
        code: "{code}"
        level: {level}
        {extra.TrimEnd('\n')}
        ---

        ## Duties

        - does the work of {title}
        """;

    /// <summary>Builds in memory with drafts (`--drafts`) or without.</summary>
    public static BuildResult Build(TestSite site, bool drafts) =>
        SitePipeline.Run(site.Sources() with { IncludeDrafts = drafts }, TestSite.Themes());

    /// <summary>Builds with drafts and insists on no diagnostics.</summary>
    public static BuiltSite BuildCleanWithDrafts(TestSite site)
    {
        var result = Build(site, drafts: true);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        return new BuiltSite(result);
    }
}
