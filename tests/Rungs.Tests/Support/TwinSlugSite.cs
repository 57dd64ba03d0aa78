namespace Rungs.Tests.Support;

/// <summary>
/// Two employers' ladders that both use `clerk-1` and `clerk-2`: the minimal site plus an `office` series (Office Clerk 1
/// and 2, codes 5001–5002) and a `library` series (Library Clerk 1 to 3, codes 6001–6003). Each clerk-2 differs from
/// `clerk-1`, written bare. Builds with no diagnostics.
/// </summary>
public static class TwinSlugSite
{
    public static TestSite Build() => TestSite.Minimal()
        .With("series/office/_series.md", "---\ntitle: Office Series\n---\n")
        .With("series/office/clerk-1.md", Clerk("Office Clerk 1", "5001", 1))
        .With("series/office/clerk-2.md", Clerk("Office Clerk 2", "5002", 2, "differs_from: [clerk-1]\n"))
        .With("series/library/_series.md", "---\ntitle: Library Series\n---\n")
        .With("series/library/clerk-1.md", Clerk("Library Clerk 1", "6001", 1))
        .With("series/library/clerk-2.md", Clerk("Library Clerk 2", "6002", 2, "differs_from: [clerk-1]\n"))
        .With("series/library/clerk-3.md", Clerk("Library Clerk 3", "6003", 3));

    /// <summary>A class file: title, code and level, then <paramref name="more"/> front matter, and one duty.</summary>
    public static string Clerk(string title, string code, int level, string more = "") =>
        $"---\ntitle: {title}\ncode: \"{code}\"\nlevel: {level}\n{more}---\n\n## Duties\n\n- files records for the {title}\n";
}
