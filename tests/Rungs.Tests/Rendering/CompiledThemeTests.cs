using Rungs.Tests.Support;
using Rungs.ThemeCompiler;

namespace Rungs.Tests.Rendering;

/// <summary>
/// The default theme's templates are the only source of its markup: the C# that renders them fast is generated from them
/// (generator/Rungs.ThemeCompiler), checked in, and must be what the templates compile to today.
/// </summary>
public sealed class CompiledThemeTests
{
    [Fact]
    public void The_checked_in_compiled_templates_are_what_the_default_theme_compiles_to()
    {
        var result = ThemeCompilation.Run(Path.Combine(Repo.Themes, "default"));

        Assert.Empty(result.Errors);
        var changes = GeneratedFolder.Changes(Path.Combine(Repo.Root, GeneratedFolder.Path), result.Files);
        Assert.True(changes.Count == 0,
            $"The compiled templates are stale ({string.Join(", ", changes)}): a template in themes/default changed. Run `{CompiledClass.Command}`, then build.");
    }
}
