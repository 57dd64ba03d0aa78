using Rungs.Tests.Search;

namespace Rungs.Tests.Browser;

/// <summary>The sample site plus <see cref="NumberedCodesSite"/>'s classes with numeric codes, built once into a temp folder.</summary>
public sealed class NumberedSiteFixture() : SiteFolderFixture(NumberedCodesSite.Content().BuildClean().Result.Files);
