namespace Rungs.Comparison;

/// <summary>
/// One spare working object of a type per thread: taken for one comparison and handed back for the next, so the lists
/// and buffers of the thousands of comparisons in a build are not grown afresh each time. Reuses memory only: what a
/// spare holds between uses is never read again.
/// </summary>
internal static class ThreadSpare<T> where T : class
{
    [ThreadStatic]
    private static T? t_spare;

    /// <summary>The thread's spare, or a new one from <paramref name="make"/>; the caller's until <see cref="Return"/>.</summary>
    public static T Take(Func<T> make)
    {
        var spare = t_spare ?? make();
        t_spare = null;
        return spare;
    }

    /// <summary>Keeps <paramref name="spare"/> for the thread's next <see cref="Take"/>, unless a huge input grew it (<paramref name="small"/> false): that one is left to the collector.</summary>
    public static void Return(T spare, bool small)
    {
        if (small) t_spare = spare;
    }
}
