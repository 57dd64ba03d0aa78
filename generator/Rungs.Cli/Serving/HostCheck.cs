namespace Rungs.Cli.Serving;

/// <summary>
/// Which Host headers the dev server answers: `localhost`, `127.0.0.1` and `[::1]` on its own port, and the names given with
/// `--host`. A page on another site can make its own name resolve to 127.0.0.1 (DNS rebinding) and read whatever answers
/// there, but the browser still sends that name as the Host, so refusing other names keeps the preview private.
/// </summary>
public sealed class HostCheck
{
    private static readonly string[] LocalNames = ["localhost", "127.0.0.1", "[::1]"];

    private readonly HashSet<string> _allowed = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="port">The port the server listens on.</param>
    /// <param name="extraNames">Names given with --host: a host name or address, with or without `:port`.</param>
    public HostCheck(int port, IEnumerable<string> extraNames)
    {
        foreach (var name in LocalNames.Concat(extraNames))
        {
            _allowed.Add(HasPort(name) ? name : $"{name}:{port}");
            // Browsers leave out the scheme's default port.
            if (port == 80 && !HasPort(name)) _allowed.Add(name);
        }
    }

    /// <summary>Whether a request with this Host header may be answered.</summary>
    public bool Allows(string? host) => host is { Length: > 0 } && _allowed.Contains(host);

    /// <summary>Why <paramref name="name"/> cannot be given to --host, or null when it can.</summary>
    public static string? Problem(string name)
    {
        var at = name.LastIndexOf(':');
        var (host, port) = HasPort(name) ? (name[..at], name[(at + 1)..]) : (name, null);
        var hostOk = Uri.CheckHostName(host.Trim('[', ']')) != UriHostNameType.Unknown && host.Trim().Length == host.Length;
        var portOk = port is null || (int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 65535);
        return hostOk && portOk ? null : $"--host takes a host name or address, optionally with :port (e.g. specs.test or specs.test:8080), not \"{name}\"";
    }

    // `[::1]` and `name` have no port; `[::1]:4000` and `name:4000` have one (an IPv6 address is always in brackets in a Host).
    private static bool HasPort(string name) => name.StartsWith('[') ? name.Contains("]:", StringComparison.Ordinal) : name.Contains(':');
}
