using Rungs.Tests.Support;

namespace Rungs.Tests.Tracks;

/// <summary>
/// A state's Programmer Analyst series as content: Programmer Analyst 1 and 2 on the first track, then parallel
/// Specialist and Supervisor classes at levels 3 and 4 (<c>tracks: [Specialist, Supervisor]</c> in _series.md).
/// </summary>
internal static class TrackSites
{
    public const string Series = "series/programmer-analyst/";

    /// <summary>The minimal test site with the Programmer Analyst series added; <paramref name="tracks"/> is its `tracks:` line, or none.</summary>
    public static TestSite ProgrammerAnalyst(string? tracks = "tracks: [Specialist, Supervisor]") => TestSite.Minimal()
        .With(Series + "_series.md", $"""
            ---
            title: Programmer Analyst Series
            {tracks}
            ---
            """)
        .With(Series + "programmer-analyst-1.md", Class("Programmer Analyst 1", "001368", 1, null))
        .With(Series + "programmer-analyst-2.md", Class("Programmer Analyst 2", "001369", 2, null))
        .With(Series + "programmer-analyst-specialist-3.md", Class("Programmer Analyst Specialist 3", "001370", 3, "Specialist"))
        .With(Series + "programmer-analyst-supervisor-3.md", Class("Programmer Analyst Supervisor 3", "001380", 3, "Supervisor"))
        .With(Series + "programmer-analyst-specialist-4.md", Class("Programmer Analyst Specialist 4", "001371", 4, "Specialist"))
        .With(Series + "programmer-analyst-supervisor-4.md", Class("Programmer Analyst Supervisor 4", "001381", 4, "Supervisor"));

    /// <summary>A class file: its track on line 5 (`track: …`, value at column 8) when it has one.</summary>
    public static string Class(string title, string code, int level, string? track) => $"""
        ---
        title: {title}
        code: "{code}"
        level: {level}
        {(track is null ? "grade: \"20\"" : $"track: {track}")}
        ---

        ## Duties

        - {(track == "Supervisor" ? "supervises a team of programmer analysts" : "analyses, designs and writes programs")}
        """;
}
