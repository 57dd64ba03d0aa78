using System.Text;
using Rungs.History;
using Rungs.Input;
using Rungs.Linking;
using Rungs.Output;
using Rungs.Pipeline;
using Rungs.Rendering;
using Rungs.Rendering.Twins;
using Rungs.Tests.Corpus;
using Rungs.Tests.History;
using Rungs.Tests.Support;

namespace Rungs.Tests.Rendering;

/// <summary>
/// The default theme's busiest templates have C# twins (Rendering/Twins) that write the same bytes without Scriban.
/// A twin stands in only for the exact built-in text of its files, so the default theme must keep engaging every twin,
/// a site must render byte for byte the same with and without them, and a theme's override must switch its twin off.
/// </summary>
public sealed class TemplateTwinTests
{
    [Fact]
    public void Every_twin_stands_in_for_the_default_theme()
    {
        var texts = DefaultTemplates();
        var engaged = TemplateTwins.For(texts);

        foreach (var twin in TemplateTwins.All)
        foreach (var (path, hash) in twin.Sources)
            Assert.True(TemplateTwins.Hash(texts[path]) == hash,
                $"themes/default/{path} changed: update {twin.GetType().Name} to write what it writes now, and its SHA-256 in BuiltInTemplates to {TemplateTwins.Hash(texts[path])}");
        Assert.Equal(TemplateTwins.All.Count, engaged.Count);
    }

    [Fact]
    public void A_theme_that_overrides_a_file_switches_off_every_twin_that_writes_it()
    {
        var texts = DefaultTemplates();
        texts["partials/facts.html"] = "<ul class=\"custom-facts\"></ul>\n";

        var engaged = TemplateTwins.For(texts);

        Assert.DoesNotContain("partials/facts.html", engaged.Keys);
        Assert.DoesNotContain("layouts/class.html", engaged.Keys);
        Assert.Contains("partials/diff.html", engaged.Keys);
        Assert.Contains("layouts/base.html", engaged.Keys);
    }

    [Fact]
    public void The_sample_site_with_its_history_renders_the_same_bytes_with_and_without_twins()
    {
        // A repository of the test's own: the checkout's history may be one commit deep (a shallow clone) or absent.
        using var repo = new SampleRepo();
        var sources = ContentReader.Read(repo.Content, "content");
        var files = AssertSameBytesBothWays(sources, site => SpecHistory.Build(ReadHistory.Read(repo.Content), site));

        Assert.Contains(files, f => Text(f).Contains("<tr data-commit=", StringComparison.Ordinal));
    }

    /// <param name="shown">The class layout's text for such a history, so that the twin's branch for it is compared.</param>
    [Theory]
    [InlineData(true, "No change to this spec since")]
    [InlineData(true, "data-note=\"history-incomplete\"")]
    [InlineData(false, "This spec has no committed revisions yet.")]
    public void Class_pages_with_no_revision_render_the_same_bytes_with_and_without_twins(bool incomplete, string shown)
    {
        var sources = ContentReader.Read(Repo.Content, "content");
        DateTimeOffset? startsAt = incomplete ? new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)) : null;
        var files = AssertSameBytesBothWays(sources, _ => new SiteHistory(true, startsAt, [], new Dictionary<string, ClassHistory>()));

        Assert.Contains(files, f => Text(f).Contains(shown, StringComparison.Ordinal));
    }

    [Fact]
    public void A_generated_corpus_renders_the_same_bytes_with_and_without_twins() =>
        AssertSameBytesBothWays(ContentSources.FromText(GeneratedCorpus.Files(300, seed: 7)), _ => SiteHistory.None);

    private static IReadOnlyList<OutputFile> AssertSameBytesBothWays(ContentSources sources, Func<SiteModel, SiteHistory> historyOf)
    {
        var validated = SitePipeline.Validate(sources, new DiskThemeSource(Repo.Themes, Repo.Themes, Repo.Root));
        Assert.False(validated.HasErrors);
        var history = historyOf(validated.Site);

        var twins = RenderStage.Run(validated.Site, validated.Theme!, null, history: history);
        var templates = RenderStage.Run(validated.Site, validated.Theme!, null, history: history, templateTwins: false);

        Assert.Empty(twins.Diagnostics);
        Assert.Equal(templates.Files.Select(f => f.Path), twins.Files.Select(f => f.Path));
        foreach (var (made, rendered) in twins.Files.Zip(templates.Files))
            Assert.True(made.Bytes.AsSpan().SequenceEqual(rendered.Bytes), $"{made.Path} differs with twins");
        return twins.Files;
    }

    private static string Text(OutputFile file) => Encoding.UTF8.GetString(file.Bytes);

    private static Dictionary<string, string> DefaultTemplates()
    {
        var root = Path.Combine(Repo.Themes, "default");
        return Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => p.StartsWith("layouts/", StringComparison.Ordinal) || p.StartsWith("partials/", StringComparison.Ordinal))
            .ToDictionary(p => p, p => TextDecoding.Normalise(File.ReadAllText(Path.Combine(root, p), Encoding.UTF8)), StringComparer.Ordinal);
    }
}
