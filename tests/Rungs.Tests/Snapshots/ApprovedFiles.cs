using System.Text;

namespace Rungs.Tests.Snapshots;

/// <summary>
/// Approved-file snapshots in Verify's convention, without the Verify package: `name.verified.ext` is the
/// approved text; a mismatch writes `name.received.ext` beside it. `RUNGS_ACCEPT_SNAPSHOTS=1` approves, but never
/// under CI: there a snapshot test that rewrote its own approved files would pass whatever the pages became.
/// </summary>
/// <param name="environment">Reads an environment variable; the process's own unless a test gives another.</param>
public sealed class ApprovedFiles(string folder, Func<string, string?>? environment = null)
{
    public const string AcceptVariable = "RUNGS_ACCEPT_SNAPSHOTS";

    public const string RefusedInCi = AcceptVariable + "=1 is refused because CI is set: snapshots are approved by a person, "
        + "who runs the tests locally with it and commits the .verified files; CI only compares";

    private readonly Func<string, string?> _environment = environment ?? Environment.GetEnvironmentVariable;

    private bool AcceptRequested => _environment(AcceptVariable) == "1";

    /// <summary>CI services set `CI` (GitHub Actions and GitLab to `true`); an empty, `0` or `false` value is not CI.</summary>
    private bool InCi => _environment("CI") is { Length: > 0 } ci && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    private bool Accepting => AcceptRequested && !InCi;

    /// <summary>Compares every file with its approved copy and returns one line per problem (empty when all match).</summary>
    public IReadOnlyList<string> Compare(IReadOnlyDictionary<string, string> files)
    {
        // Refused even when every file matches, so a CI configuration that sets it is seen at once.
        var problems = new List<string>();
        if (AcceptRequested && InCi) problems.Add(RefusedInCi);
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var verified = Path.Combine(folder, WithInfix(path, "verified"));
            var received = Path.Combine(folder, WithInfix(path, "received"));
            expected.Add(Path.GetFullPath(verified));
            var approved = File.Exists(verified) ? File.ReadAllText(verified, Encoding.UTF8) : null;
            if (approved == text)
            {
                if (File.Exists(received)) File.Delete(received);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(verified)!);
            if (Accepting)
            {
                File.WriteAllText(verified, text, new UTF8Encoding(false));
                if (File.Exists(received)) File.Delete(received);
                continue;
            }

            File.WriteAllText(received, text, new UTF8Encoding(false));
            problems.Add(approved is null
                ? $"new: {path} has no approved snapshot; see {received}"
                : $"changed: {path}; compare {received} with {verified}");
        }

        if (Directory.Exists(folder))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*.verified.*", SearchOption.AllDirectories)
                         .Where(f => !expected.Contains(Path.GetFullPath(f))).Order(StringComparer.Ordinal))
            {
                if (Accepting) File.Delete(stale);
                else problems.Add($"removed: {Path.GetRelativePath(folder, stale)} is approved but no longer generated");
            }
        }

        return problems;
    }

    /// <summary>`series/x/index.html` → `series/x/index.verified.html`.</summary>
    private static string WithInfix(string path, string infix)
    {
        var extension = Path.GetExtension(path);
        return path[..^extension.Length] + "." + infix + extension;
    }
}
