using Rungs.Tests.Review;
using Rungs.Tests.Support;

namespace Rungs.Tests.Cli;

/// <summary>
/// Arguments mean what they say: `@` starts a git revision, never a file of more arguments; and `rungs new` refuses a
/// title, slug or level that would make a broken or unportable file (exit 2, a usage error, with nothing written).
/// </summary>
public sealed class ArgumentTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_revision_starting_with_at_is_a_git_revision()
    {
        using var repo = ReviewRepo.With(ReviewSites.Ladder());
        repo.Edit("series/cs/cs-representative.md", "grade: \"15\"", "grade: \"16\"");
        repo.Commit("Regrade");
        var report = _dir.Combine("report.md");

        Assert.Equal(0, RungsCli.Run("diff", "@~1", "HEAD", "--content", repo.Content, "--output", report));

        Assert.Contains("15 → 16", File.ReadAllText(report));
    }

    [Theory]
    [InlineData("@/etc/hostname")]
    [InlineData("@/proc/self/environ")]
    public void An_argument_starting_with_at_is_never_read_as_a_file_of_arguments(string argument)
    {
        using var repo = ReviewRepo.With(ReviewSites.Ladder());

        var run = RungsCli.Exec(repo.Root, null, "diff", argument);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains($"`{argument}`", run.Stderr);
        Assert.DoesNotContain("unexpectedly", run.Stderr);
        Assert.DoesNotContain("bug", run.Stderr);
    }

    [Theory]
    [InlineData("Front\nOffice")]
    [InlineData("Front\rOffice")]
    [InlineData("Front\tOffice")]
    [InlineData("Bell\u0007")]
    [InlineData("Line\u2028separator")]
    public void A_title_with_a_line_break_or_control_character_is_refused(string title)
    {
        var content = Site();
        var before = FolderSnapshot.Take(content);

        Assert.Equal(2, RungsCli.Run("new", "series", "front-office", "--title", title, "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "competency", "teamwork", "--title", title, "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "class", "cs", "cs-lead", "--level", "3", "--title", title, "--content", content));

        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(content));
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("com9")]
    [InlineData("lpt1")]
    [InlineData("lpt9")]
    public void A_slug_that_Windows_reserves_as_a_device_name_is_refused(string slug)
    {
        var content = Site();
        var before = FolderSnapshot.Take(content);

        Assert.Equal(2, RungsCli.Run("new", "series", slug, "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "competency", slug, "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "class", "cs", slug, "--level", "3", "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "class", slug, "cs-lead", "--level", "1", "--content", content));
        Assert.Equal(2, RungsCli.Run("new", "series", slug.ToUpperInvariant(), "--content", content));

        FolderSnapshot.AssertSame(before, FolderSnapshot.Take(content));
        var run = RungsCli.Exec(_dir.Path, null, "new", "series", slug);
        Assert.Contains($"\"{slug}\" is a device name on Windows", run.Stderr);
    }

    [Fact]
    public void Names_that_only_start_like_a_device_name_are_fine()
    {
        var content = Site();

        Assert.Equal(0, RungsCli.Run("new", "series", "console", "--content", content));
        Assert.Equal(0, RungsCli.Run("new", "competency", "com10", "--content", content));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("2147483647")]
    public void A_level_outside_1_to_99_is_refused_with_the_range(string level)
    {
        Site();

        var run = RungsCli.Exec(_dir.Path, null, "new", "class", "cs", "cs-lead", "--level", level);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--level must be between 1 and 99, not {level}", run.Stderr);
        Assert.False(File.Exists(_dir.Combine("content", "series", "cs", "cs-lead.md")));
    }

    [Fact]
    public void Level_99_is_the_highest()
    {
        var content = Site();

        Assert.Equal(0, RungsCli.Run("new", "class", "cs", "cs-lead", "--level", "99", "--content", content));
    }

    private string Site()
    {
        var content = _dir.Combine("content");
        if (!Directory.Exists(content)) TestSite.Minimal().WriteTo(content);
        return content;
    }
}
