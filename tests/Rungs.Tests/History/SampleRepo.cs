using Rungs.Tests.Support;

namespace Rungs.Tests.History;

/// <summary>
/// The sample site in a temporary git repository with a history of its own — imported, then a duty of one class
/// reworded — so its pages show revisions whatever the checkout's own history is: a shallow clone (CI's default) has
/// one commit, and a source archive none.
/// </summary>
public sealed class SampleRepo : IDisposable
{
    public const string Revised = "series/customer-service/customer-service-representative.md";

    public SampleRepo()
    {
        var site = TestSite.Sample();
        Repo.Commit(site, "2024-01-10T09:00:00+01:00", "Import the sample specs");
        var text = site.Files[Revised];
        var revised = text.Replace("1. responds to complex inquiries", "1. answers complex inquiries", StringComparison.Ordinal);
        Assert.NotEqual(text, revised);
        Repo.Commit(site.With(Revised, revised), "2024-03-05T14:30:00-05:00", "Reword a duty of the Customer Service Representative");
    }

    public GitRepo Repo { get; } = new();

    /// <summary>The content folder, inside the repository's work tree.</summary>
    public string Content => Repo.Content;

    public void Dispose() => Repo.Dispose();
}
