using Rungs.Git;
using Rungs.Tests.Support;

namespace Rungs.Tests.History;

/// <summary>The git runner passes every word as an argument, and standard input only when asked.</summary>
public sealed class GitProcessTests
{
    [Fact]
    public void A_folder_inside_a_repository_is_recognised_and_one_outside_is_not()
    {
        using var dir = new TempDirectory();
        var git = new GitProcess(dir.Path);
        Assert.False(git.IsRepository());

        Assert.True(git.Run("init", "-q").Succeeded);
        Assert.True(git.IsRepository());
    }

    [Fact]
    public void Two_words_are_two_arguments_not_input_and_an_argument()
    {
        using var dir = new TempDirectory();
        var git = new GitProcess(dir.Path);
        git.Run("init", "-q");

        Assert.Equal("true", git.Run("rev-parse", "--is-inside-work-tree").Text.Trim());
    }
}
