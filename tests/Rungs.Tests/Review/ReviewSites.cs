using Rungs.Review;
using Rungs.Tests.Support;

namespace Rungs.Tests.Review;

/// <summary>Content for diff tests: <see cref="TestSite.Minimal"/> with a ladder long enough to rename and remove levels.</summary>
public static class ReviewSites
{
    public const string Specialist = """
        ---
        title: CS Specialist
        code: "4809"
        level: 3
        grade: "17"
        flsa: exempt
        ---

        ## Duties

        - leads complex case resolution
        """;

    public const string SeniorSpecialist = """
        ---
        title: CS Senior Specialist
        code: "4810"
        level: 4
        grade: "19"
        flsa: exempt
        ---

        ## Duties

        - plans service improvements for the department
        """;

    /// <summary>The minimal site plus cs-specialist (level 3, 4809) and cs-senior-specialist (level 4, 4810).</summary>
    public static TestSite Ladder() => TestSite.Minimal()
        .With("series/cs/cs-specialist.md", Specialist)
        .With("series/cs/cs-senior-specialist.md", SeniorSpecialist);

    public static LoadedSite Load(TestSite site) => LoadedSite.Load(site.Sources());

    public static IReadOnlyList<DiffEntry> Diff(TestSite before, TestSite after) => SiteDiff.Compare(Load(before), Load(after));

    /// <summary>Splits a report into lines, so a mismatch names its first differing line.</summary>
    public static void AssertLines(string expected, string actual)
    {
        var want = expected.Replace("\r\n", "\n").Split('\n');
        var got = actual.Split('\n');
        for (var i = 0; i < Math.Min(want.Length, got.Length); i++)
            Assert.True(want[i] == got[i], $"line {i + 1} differs:\nexpected: {want[i]}\nactual:   {got[i]}\n\nwhole report:\n{actual}");
        Assert.True(want.Length == got.Length, $"expected {want.Length} lines, got {got.Length}:\n{actual}");
    }
}
