using Rungs.Tests.Search;
using Rungs.Tests.Support;

namespace Rungs.Tests.Browser;

/// <summary>The sample site plus <see cref="NumberedCodesSite"/>'s classes with numeric codes, built once into a temp folder.</summary>
public sealed class NumberedSiteFixture : IDisposable
{
    private readonly TempDirectory _site = new();

    public NumberedSiteFixture()
    {
        foreach (var file in NumberedCodesSite.Content().BuildClean().Result.Files) _site.WriteBytes(file.Path, file.Bytes);
    }

    /// <summary>The file:// address of a page of the built site.</summary>
    public string Url(string path, string query = "") => new Uri(_site.Combine(path.Split('/'))).AbsoluteUri + query;

    public void Dispose() => _site.Dispose();
}
