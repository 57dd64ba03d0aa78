namespace Rungs.Output;

/// <summary>The new folder could not be put in place of the old one; the old one is unchanged and the new one removed.</summary>
public sealed class FolderSwapException(string target, string reason) : IOException($"could not put the new folder in place of {target}: {reason}")
{
    /// <summary>Why, as the operating system said it (for example "Operation not permitted").</summary>
    public string Reason { get; } = reason;
}
