namespace Rungs.Input;

/// <summary>What a directory entry is, seen without following it (as `lstat` sees it).</summary>
public enum FileKind
{
    /// <summary>Nothing is there (any more).</summary>
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    /// <summary>A named pipe: opening it waits for a writer, so it is never opened.</summary>
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
}
