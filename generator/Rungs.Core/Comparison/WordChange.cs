namespace Rungs.Comparison;

/// <summary>Whether a word (or run of words) is in both texts, only the old one, or only the new one.</summary>
public enum WordChange
{
    Same,
    Removed,
    Added,
}
