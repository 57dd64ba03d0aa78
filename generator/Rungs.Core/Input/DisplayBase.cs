namespace Rungs.Input;

/// <summary>
/// How messages name a file on disk: relative to <see cref="Folder"/>, written under <see cref="Name"/> (the folder as
/// the user typed it, see <see cref="TypedPath"/>). A file outside the folder is named by its full path. Without a
/// name, a file is named relative to the folder, whatever it takes (in-process builds and tests).
/// </summary>
public sealed record DisplayBase(string Folder, string? Name = null)
{
    public string Show(string fullPath)
    {
        var relative = Path.GetRelativePath(Folder, fullPath).Replace('\\', '/');
        if (Name is null) return relative;
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            return Path.GetFullPath(fullPath).Replace('\\', '/');
        return relative == "." ? Name : TypedPath.Join(Name, relative);
    }

    public static implicit operator DisplayBase(string folder) => new(folder);
}
