using Rungs.Diagnostics;

namespace Rungs.Linting;

/// <summary>One thing a lint found: where, why (one line), and what to do instead.</summary>
public sealed record LintFinding(SourcePosition At, string Message, string Hint);
