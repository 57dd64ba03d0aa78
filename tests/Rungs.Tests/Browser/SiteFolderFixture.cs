using Rungs.Output;
using Rungs.Tests.Support;

namespace Rungs.Tests.Browser;

/// <summary>A site built once in process and written to a temp folder, for browser tests that open its pages from disk.</summary>
public abstract class SiteFolderFixture : IDisposable
{
    private readonly TempDirectory _site = new();

    protected SiteFolderFixture(IEnumerable<OutputFile> files)
    {
        foreach (var file in files) _site.WriteBytes(file.Path, file.Bytes);
    }

    /// <summary>The file:// address of a page of the built site.</summary>
    public string Url(string path, string query = "") => new Uri(_site.Combine(path.Split('/'))).AbsoluteUri + query;

    /// <summary>The full path of a file or folder of the built site.</summary>
    protected string PathOf(params string[] parts) => _site.Combine(parts);

    public void Dispose()
    {
        _site.Dispose();
        GC.SuppressFinalize(this);
    }
}
