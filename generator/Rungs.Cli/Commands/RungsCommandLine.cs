using System.CommandLine;
using Rungs.Cli.Terminal;

namespace Rungs.Cli.Commands;

/// <summary>The command tree and its exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
public static class RungsCommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public static int Run(string[] args)
    {
        var root = new RootCommand("Rungs: a static site generator for job classification specs.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            DiffCommand.Create(),
            InitCommand.Create(),
            DevCommand.Create(),
            NewCommand.Create(),
            ServeCommand.Create(),
        };

        // No response files: `@~1` is a git revision (`rungs diff @~1`), and `@/etc/passwd` must never be read as arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            var report = new Reporter();
            foreach (var error in parsed.Errors) report.UsageError(error.Message);
            report.Hint("run `rungs --help` to see the commands and their options");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            new Reporter().UsageError($"could not read or write a file: {e.Message}");
            return ContentErrors;
        }
        catch (Exception e)
        {
            // A bug in rungs, not in the content: say so plainly; the details matter only to whoever fixes it.
            var report = new Reporter();
            report.UsageError($"rungs failed unexpectedly ({e.GetType().Name}: {e.Message}). The output folder is unchanged.");
            report.Hint("this is a bug in rungs, not in your content; set RUNGS_DEBUG=1 to print the details for a bug report");
            if (Environment.GetEnvironmentVariable("RUNGS_DEBUG") == "1") Console.Error.WriteLine(e);
            return ContentErrors;
        }
    }
}
