namespace Rungs.Tests.Support;

/// <summary>Every file under a folder with its bytes, to state that a folder is byte-for-byte what it was.</summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, byte[]> Take(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);

    /// <summary>Asserts the two snapshots hold the same paths with the same bytes, naming the first difference.</summary>
    public static void AssertSame(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
    }
}
