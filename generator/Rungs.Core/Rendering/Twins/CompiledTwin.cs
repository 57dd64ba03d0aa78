using Scriban;

namespace Rungs.Rendering.Twins;

/// <summary>A template the theme compiler compiled (<see cref="Compiled.CompiledTemplate"/>), standing in where twins do.</summary>
internal sealed class CompiledTwin(Compiled.CompiledTemplate compiled) : TemplateTwin
{
    public override string Path => compiled.Path;

    public override IReadOnlyDictionary<string, string> Sources => compiled.Sources;

    public override bool TryWrite(TemplateContext context, TwinOutput output) => compiled.TryWrite(context);
}
