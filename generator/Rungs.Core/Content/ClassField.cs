namespace Rungs.Content;

/// <summary>A declared field's value on a class: the class's own, or its series' default.</summary>
public sealed record ClassField(FieldDeclaration Declaration, FieldValue Value)
{
    public string Key => Declaration.Key;

    public string Label => Declaration.Label;

    /// <summary>The value as pages show it.</summary>
    public string Text => Value.Text;
}
