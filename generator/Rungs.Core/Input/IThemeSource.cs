namespace Rungs.Input;

/// <summary>Supplies the layered files of a named theme, or null when no such theme exists.</summary>
public interface IThemeSource
{
    ThemeFiles? Load(string themeName);
}
