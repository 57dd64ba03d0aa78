using Rungs.Content;

namespace Rungs.Linking;

/// <summary>A series with its classes in ladder order (level 1 first).</summary>
public sealed record SeriesLadder(SeriesSpec Spec, IReadOnlyList<ClassSpec> Levels)
{
    public string Slug => Spec.Slug;

    /// <summary>The class one rung below, or null at the entry level.</summary>
    public ClassSpec? Below(ClassSpec spec)
    {
        var index = IndexOf(spec);
        return index > 0 ? Levels[index - 1] : null;
    }

    /// <summary>The class one rung above, or null at the top.</summary>
    public ClassSpec? Above(ClassSpec spec)
    {
        var index = IndexOf(spec);
        return index >= 0 && index < Levels.Count - 1 ? Levels[index + 1] : null;
    }

    private int IndexOf(ClassSpec spec)
    {
        for (var i = 0; i < Levels.Count; i++)
            if (ReferenceEquals(Levels[i], spec)) return i;
        return -1;
    }
}
