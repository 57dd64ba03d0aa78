using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Rungs.Tests.Architecture;

/// <summary>C# sources compiled by Roslyn the way the generator's projects compile them, so every name binds to its real symbol.</summary>
public static class SourceCompilation
{
    // What <ImplicitUsings>enable</ImplicitUsings> adds to every project (Directory.Build.props).
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    // Our own assemblies are compiled from source here; referencing their built copies too would declare every type twice.
    private static readonly HashSet<string> OwnAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        "Rungs.Core.dll", "rungs.dll", "Rungs.Tests.dll",
    };

    /// <summary>Every .cs file under the given folders of the repository (build output left out), as path and text.</summary>
    public static IReadOnlyList<(string Path, string Text)> RepositorySources(params string[] folders) =>
        folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Support.Repo.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(Support.Repo.Root, file).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/") && !path.Contains("/bin/"))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(Path.Combine(Support.Repo.Root, path))))
            .ToList();

    /// <summary>
    /// One compilation of <paramref name="sources"/> against the framework and the packages this test process runs with
    /// (the same ones the generator builds against).
    /// </summary>
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources
            .Select(source => CSharpSyntaxTree.ParseText(source.Text, options, source.Path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.g.cs"));
        return CSharpCompilation.Create("RungsSources", trees, References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Where(path => !OwnAssemblies.Contains(Path.GetFileName(path)))
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToList());
}
