using Rungs.ThemeCompiler;

// The theme compiler: `dotnet run --project generator/Rungs.ThemeCompiler` (from anywhere in the repository) compiles
// themes/default's templates into generator/Rungs.Core/Rendering/Compiled/*.g.cs and writes docs/templates.md from
// their head comments; `-- --check` only says whether those files are up to date (exit 1 when not).
var check = args.Contains("--check");
if (args.Any(a => a != "--check"))
{
    Console.Error.WriteLine("usage: dotnet run --project generator/Rungs.ThemeCompiler [-- --check]");
    return 2;
}

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "Rungs.slnx")))
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run it inside the Rungs repository (no Rungs.slnx above this folder)");

var result = ThemeCompilation.Run(Path.Combine(root, "themes", "default"));
foreach (var error in result.Errors) Console.Error.WriteLine(error);
if (result.Errors.Count > 0)
{
    Console.Error.WriteLine($"{result.Errors.Count} error(s): nothing written.");
    return 1;
}

var changes = GeneratedFiles.Changes(root, result.Files);
if (check)
{
    foreach (var change in changes) Console.WriteLine(change);
    Console.WriteLine(changes.Count == 0 ? "The compiled templates are up to date." : $"The compiled templates are stale: run `{CompiledClass.Command}`.");
    return changes.Count == 0 ? 0 : 1;
}

GeneratedFiles.Write(root, result.Files);
foreach (var change in changes) Console.WriteLine(change);
var compiledCount = result.Files.Count(f => f.Path.StartsWith(GeneratedFiles.CompiledFolder, StringComparison.Ordinal)) - 1;
Console.WriteLine($"Compiled {compiledCount} templates into {GeneratedFiles.CompiledFolder}/ and wrote {ThemeReference.Path} "
                  + $"({(changes.Count == 0 ? "no change" : $"{changes.Count} file(s) changed")}).");
foreach (var reason in result.Interpreted) Console.WriteLine("  interpreted: " + reason);
return 0;
