using Rungs.Output;
using Rungs.Tests.Support;

namespace Rungs.Tests.Output;

/// <summary>
/// `rungs build` never leaves a half-written or wrongly replaced site: a failed build leaves the previous
/// output untouched, a folder Rungs did not make is refused, and a successful build replaces the old site whole.
/// </summary>
public class OutputSafetyTests
{
    private static (TempDirectory Dir, string Content, string Output) NewSite(TestSite site)
    {
        var dir = new TempDirectory();
        var content = dir.Combine("content");
        site.WriteTo(content);
        return (dir, content, dir.Combine("output"));
    }

    private static void AssertNoStagingFoldersLeft(string parent) =>
        Assert.DoesNotContain(Directory.EnumerateDirectories(parent).Select(Path.GetFileName), n => n!.Contains(".rungs-", StringComparison.Ordinal));

    [Fact]
    public void A_successful_build_writes_every_generated_file_and_the_marker()
    {
        var (dir, content, output) = NewSite(TestSite.Minimal());
        using var _ = dir;

        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output));

        var expected = TestSite.Minimal().Build().Files;
        var written = FolderSnapshot.Take(output);
        Assert.True(written.ContainsKey(SiteWriter.MarkerFile), "the .rungs-output marker is written");
        written.Remove(SiteWriter.MarkerFile);
        FolderSnapshot.AssertSame(expected.ToDictionary(f => f.Path, f => f.Bytes), written);
        AssertNoStagingFoldersLeft(dir.Path);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte_unchanged()
    {
        var (dir, content, output) = NewSite(TestSite.Minimal());
        using var _ = dir;
        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output));
        var before = FolderSnapshot.Take(output);

        // Break the content: a changed class that would change pages, plus an error that fails the build.
        File.WriteAllText(Path.Combine(content, "series", "cs", "cs-assistant.md"), "---\ntitle: Renamed Assistant\nlevel: 1\ngrde: \"13\"\n---\n");

        Assert.Equal(1, RungsCli.Run("build", "--content", content, "--output", output));
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(output));
        AssertNoStagingFoldersLeft(dir.Path);
    }

    [Fact]
    public void A_non_empty_folder_without_the_marker_is_refused_and_left_untouched()
    {
        var (dir, content, output) = NewSite(TestSite.Minimal());
        using var _ = dir;
        dir.WriteText("output/thesis.docx", "years of work");
        dir.WriteText("output/notes/ideas.txt", "more work");
        var before = FolderSnapshot.Take(output);

        Assert.Equal(1, RungsCli.Run("build", "--content", content, "--output", output));
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(output));
    }

    [Fact]
    public void An_output_folder_inside_the_content_folder_is_refused_and_nothing_is_written()
    {
        var (dir, content, _) = NewSite(TestSite.Minimal());
        using var __ = dir;
        var before = FolderSnapshot.Take(content);

        Assert.Equal(1, RungsCli.Run("build", "--content", content, "--output", Path.Combine(content, "site")));
        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(content));
    }

    [Fact]
    public void A_second_successful_build_replaces_the_first_whole()
    {
        var (dir, content, output) = NewSite(TestSite.Minimal().With("series/cs/cs-specialist.md", "---\ntitle: CS Specialist\nlevel: 3\n---\n"));
        using var _ = dir;
        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output));
        Assert.True(File.Exists(Path.Combine(output, "series", "cs", "cs-specialist", "index.html")));
        dir.WriteText("output/stale.html", "left over by hand");

        File.Delete(Path.Combine(content, "series", "cs", "cs-specialist.md"));
        File.WriteAllText(Path.Combine(content, "series", "cs", "cs-aide.md"), "---\ntitle: CS Aide\nlevel: 3\n---\n");
        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output));

        Assert.False(File.Exists(Path.Combine(output, "series", "cs", "cs-specialist", "index.html")), "the removed class's page is gone");
        Assert.False(File.Exists(Path.Combine(output, "stale.html")), "files of the old output are gone");
        Assert.True(File.Exists(Path.Combine(output, "series", "cs", "cs-aide", "index.html")));
        Assert.True(File.Exists(Path.Combine(output, SiteWriter.MarkerFile)));
        AssertNoStagingFoldersLeft(dir.Path);
    }

    [Fact]
    public void An_empty_existing_folder_is_built_into()
    {
        var (dir, content, output) = NewSite(TestSite.Minimal());
        using var _ = dir;
        Directory.CreateDirectory(output);

        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void The_output_folder_is_created_with_its_parents()
    {
        var (dir, content, _) = NewSite(TestSite.Minimal());
        using var __ = dir;
        var output = dir.Combine("public", "hr", "specs");

        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output));
        Assert.True(File.Exists(Path.Combine(output, "series", "cs", "cs-assistant", "index.html")));
    }

    [Fact]
    public void Replacing_the_old_output_removes_links_in_it_but_never_what_they_point_to()
    {
        var (dir, content, output) = NewSite(TestSite.Minimal());
        using var _ = dir;
        dir.WriteText("outside/keep/inner/precious.txt", "not the site's");
        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output));
        Directory.CreateSymbolicLink(Path.Combine(output, "linked"), dir.Combine("outside"));
        Directory.CreateSymbolicLink(Path.Combine(output, "series", "linked"), dir.Combine("outside"));

        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output, "--force"));

        Assert.True(File.Exists(dir.Combine("outside", "keep", "inner", "precious.txt")));
        Assert.False(Path.Exists(Path.Combine(output, "linked")));
        Assert.False(Path.Exists(Path.Combine(output, "series", "linked")));
        AssertNoStagingFoldersLeft(dir.Path);
    }

    [Fact]
    public void An_output_folder_that_is_a_link_is_replaced_without_touching_the_folder_it_pointed_to()
    {
        var (dir, content, output) = NewSite(TestSite.Minimal());
        using var _ = dir;
        var served = dir.Combine("www");
        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", served));
        Directory.CreateSymbolicLink(output, served);

        Assert.Equal(0, RungsCli.Run("build", "--content", content, "--output", output, "--force"));

        Assert.True(File.Exists(Path.Combine(served, "series", "cs", "cs-assistant", "index.html")), "the linked folder keeps its files");
        Assert.Null(new DirectoryInfo(output).LinkTarget);
        Assert.True(File.Exists(Path.Combine(output, "series", "cs", "cs-assistant", "index.html")));
        AssertNoStagingFoldersLeft(dir.Path);
    }
}
