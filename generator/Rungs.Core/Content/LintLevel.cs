namespace Rungs.Content;

/// <summary>What a lint's findings are: not looked for, warnings (the default), or errors that fail the build.</summary>
public enum LintLevel
{
    Off,
    Warning,
    Error,
}
