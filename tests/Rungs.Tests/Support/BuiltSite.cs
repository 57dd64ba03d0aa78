using System.Text;
using Rungs.Pipeline;

namespace Rungs.Tests.Support;

/// <summary>A successful build, read the way a visitor would: pages by path, as HTML or as visible text.</summary>
public sealed class BuiltSite(BuildResult result)
{
    private readonly Dictionary<string, byte[]> _files = result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);

    public BuildResult Result => result;

    public IReadOnlyCollection<string> Paths => _files.Keys;

    public bool Has(string path) => _files.ContainsKey(path);

    /// <summary>The file's text; fails the test with the list of files when it was not generated.</summary>
    public string Page(string path)
    {
        Assert.True(_files.TryGetValue(path, out var bytes),
            $"{path} was not generated; generated files:\n  " + string.Join("\n  ", _files.Keys.Order(StringComparer.Ordinal)));
        return Encoding.UTF8.GetString(bytes!);
    }

    /// <summary>What a reader sees on the page: tags removed, entities decoded, whitespace collapsed.</summary>
    public string Text(string path) => Html.TextOf(Page(path));
}
