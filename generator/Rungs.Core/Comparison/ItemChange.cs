namespace Rungs.Comparison;

/// <summary>What happened to one list item between two versions.</summary>
public enum ItemChange
{
    Unchanged,
    Moved,
    Reworded,
    Added,
    Removed,
}
