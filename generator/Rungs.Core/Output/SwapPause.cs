namespace Rungs.Output;

/// <summary>
/// A test hook: with RUNGS_TEST_PAUSE_AT naming a point of the swap (<c>before-swap</c>, <c>after-swap</c>,
/// <c>between-renames</c>) and RUNGS_TEST_PAUSE_DIR a folder, the build writes <c>&lt;point&gt;.reached</c> there and waits
/// for <c>&lt;point&gt;.go</c>, so a test can kill the real process at exactly that point. Unset, it does nothing.
/// </summary>
internal static class SwapPause
{
    /// <summary>A hang guard: a test that forgets to resume the build does not stop it forever.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(120);

    public static void At(string point)
    {
        if (Environment.GetEnvironmentVariable("RUNGS_TEST_PAUSE_AT") != point
            || Environment.GetEnvironmentVariable("RUNGS_TEST_PAUSE_DIR") is not { Length: > 0 } folder) return;
        File.WriteAllText(Path.Combine(folder, point + ".reached"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var go = Path.Combine(folder, point + ".go");
        var until = DateTime.UtcNow + Longest;
        while (!File.Exists(go) && DateTime.UtcNow < until) Thread.Sleep(20);
    }
}
