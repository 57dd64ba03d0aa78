using System.ComponentModel;
using System.Formats.Tar;
using Rungs.Diagnostics;
using Rungs.Git;
using Rungs.Input;

namespace Rungs.Review;

/// <summary>
/// The input edge of `rungs diff`: turns BASE and HEAD arguments into <see cref="ReviewSide"/>s. An argument that names
/// an existing folder is a content folder; anything else is a git revision of the repository holding the content folder,
/// read with `git archive` into memory (the working tree is never touched). Every git call goes through <see cref="GitProcess"/>.
/// </summary>
public sealed class RevisionContent
{
    private readonly string _contentDirectory;
    private readonly string _displayContent;
    private readonly string _currentDirectory;
    private Repository? _repository;

    /// <param name="contentDirectory">The content folder in the working tree (`--content`), absolute or relative to <paramref name="currentDirectory"/>.</param>
    /// <param name="currentDirectory">Where relative folder arguments are resolved from.</param>
    public RevisionContent(string contentDirectory, string currentDirectory)
    {
        _currentDirectory = Path.GetFullPath(currentDirectory);
        _contentDirectory = Path.GetFullPath(contentDirectory, _currentDirectory);
        _displayContent = Display(contentDirectory);
    }

    /// <summary>The content folder's path inside the repository ('/'-separated, "" for its root), once a revision was read.</summary>
    public string? ContentPathInRepository => _repository?.ContentPath;

    private sealed record Repository(GitProcess Git, string ContentPath);

    /// <summary>An existing folder, else a git revision; a usage error (<see cref="ReviewInputException.IsUsage"/>) otherwise.</summary>
    public ReviewSide Resolve(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var folder = Path.GetFullPath(argument, _currentDirectory);
        if (argument.Length > 0 && Directory.Exists(folder))
            return new ReviewSide(argument, SideKind.Folder, null, ContentReader.Read(folder, Display(argument)));
        return FromRevision(argument);
    }

    /// <summary>The content folder as it is on disk now (HEAD left out); it must exist.</summary>
    public ReviewSide WorkingTree()
    {
        if (!Directory.Exists(_contentDirectory))
            throw new ReviewInputException($"the content folder {_displayContent} does not exist",
                "pass the folder that holds site.yml with --content, or run rungs from the site's root", isUsage: true);
        var display = _repository is { } repo ? DisplayRoot(repo.ContentPath) : _displayContent;
        return new ReviewSide("working tree", SideKind.WorkingTree, null, ContentReader.Read(_contentDirectory, display));
    }

    private ReviewSide FromRevision(string revision)
    {
        if (revision.Length == 0 || revision.StartsWith('-'))
            throw new ReviewInputException($"`{revision}` is neither a folder nor a git revision",
                "give a branch, tag or commit (e.g. origin/main), or a content folder", isUsage: true);
        var repo = _repository ??= Locate(revision);
        var verify = Run(repo.Git, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (!verify.Succeeded)
        {
            var shallow = Run(repo.Git, "rev-parse", "--is-shallow-repository");
            if (shallow.Succeeded && shallow.Text.Trim() == "true")
                throw new ReviewInputException(
                    $"the revision `{revision}` is not in this clone: it is a shallow clone, which holds only the latest commits",
                    "fetch the full history: in GitHub Actions give actions/checkout `fetch-depth: 0`; elsewhere run `git fetch --unshallow`",
                    isUsage: true);
            throw new ReviewInputException($"`{revision}` is neither a folder nor a revision of the git repository holding {_displayContent}",
                "give a branch, tag or commit (e.g. main, origin/main, HEAD~1, v1.2), or an existing content folder", isUsage: true);
        }

        var commit = verify.Text.Trim();
        return new ReviewSide(revision, SideKind.Revision, commit, Read(repo, revision, commit));
    }

    /// <summary>Finds the repository from the content folder (or, if it no longer exists, its nearest existing parent).</summary>
    private Repository Locate(string revision)
    {
        var probe = _contentDirectory;
        var below = new Stack<string>();
        while (!Directory.Exists(probe))
        {
            below.Push(Path.GetFileName(probe));
            probe = Path.GetDirectoryName(probe) ?? _currentDirectory;
        }

        var git = new GitProcess(probe);
        var prefix = Run(git, "rev-parse", "--show-prefix");
        if (!prefix.Succeeded)
            throw new ReviewInputException(
                $"`{revision}` is not a folder, and it cannot be a git revision: the content folder {_displayContent} is not in a git repository",
                "compare two content folders, or run rungs inside the repository that holds the content (see --content)", isUsage: true);

        // Pathspecs and archive entries are relative to the directory git runs in: run it at the top of the work tree.
        var top = Run(git, "rev-parse", "--show-toplevel");
        var parts = prefix.Text.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries).Concat(below);
        return new Repository(top.Succeeded ? new GitProcess(top.Text.Trim()) : git, string.Join('/', parts));
    }

    /// <summary>The content folder's files at a commit (a release's tag), read as a revision side is; throws <see cref="ReviewInputException"/> when git fails.</summary>
    /// <param name="topLevel">git, run at the top of the work tree.</param>
    /// <param name="contentPath">The content folder's path inside the repository ('/'-separated, "" for its root).</param>
    public static ContentSources ReadCommit(GitProcess topLevel, string contentPath, string commit) =>
        Read(new Repository(topLevel, contentPath), commit, commit);

    /// <summary>The content folder's files at <paramref name="commit"/>, read from `git archive` in memory.</summary>
    private static ContentSources Read(Repository repo, string revision, string commit)
    {
        var display = DisplayRoot(repo.ContentPath);
        var problems = new DiagnosticList();
        var type = Run(repo.Git, "cat-file", "-t", $"{commit}:{repo.ContentPath}");
        if (!type.Succeeded || type.Text.Trim() != "tree")
        {
            problems.Error(DiagnosticCodes.SiteConfig, SourcePosition.StartOf(display),
                $"the content folder does not exist at the revision {revision}",
                "check --content, or compare with a revision that has the content folder");
            return new ContentSources([], problems.Items);
        }

        var archive = repo.ContentPath.Length == 0
            ? Run(repo.Git, "archive", "--format=tar", commit)
            : Run(repo.Git, "archive", "--format=tar", commit, "--", repo.ContentPath);
        if (!archive.Succeeded)
            throw new ReviewInputException($"git could not read the revision {revision}: {archive.Error.Trim()}", null, isUsage: false);

        var prefix = repo.ContentPath.Length == 0 ? "" : repo.ContentPath + "/";
        var files = new List<SourceFile>();
        using var reader = new TarReader(new MemoryStream(archive.Output));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
            if (!entry.Name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var relative = entry.Name[prefix.Length..];
            if (!ContentReader.IsContentFile(relative)) continue;

            var entryLength = entry.Length;
            files.Add(ContentReader.Load(relative, $"{display}/{relative}", entryLength, () =>
            {
                using var data = new MemoryStream();
                entry.DataStream?.CopyTo(data);
                return data.ToArray();
            }, problems));
        }

        return new ContentSources(files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), problems.Items);
    }

    private static GitResult Run(GitProcess git, params string[] args)
    {
        try
        {
            return git.Run(args);
        }
        catch (Win32Exception e)
        {
            throw new ReviewInputException($"git could not be started ({e.Message}); revisions need git",
                "install git and put it on the PATH, or compare two content folders", isUsage: false);
        }
    }

    private static string DisplayRoot(string contentPath) => contentPath.Length == 0 ? "." : contentPath;

    private static string Display(string path)
    {
        var display = path.Replace('\\', '/').TrimEnd('/');
        return display.Length == 0 ? "." : display;
    }
}
