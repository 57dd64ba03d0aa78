namespace Rungs.Input;

/// <summary>A file a <see cref="FolderListing"/> allows to be read: its path inside the folder ('/' separators) and its real path on disk.</summary>
public readonly record struct ListedFile(string RelativePath, string FullPath);
