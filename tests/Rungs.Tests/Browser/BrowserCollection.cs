namespace Rungs.Tests.Browser;

/// <summary>
/// All browser tests share one Chromium and run alone, after the parallel tests: on a 2-core CI machine a browser
/// starved by parallel builds misses its timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
