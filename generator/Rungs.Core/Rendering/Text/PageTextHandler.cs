namespace Rungs.Rendering.Text;

/// <summary>Receives a rendered page's text, which is valid only during the call (it is the thread's reused buffer).</summary>
public delegate void PageTextHandler(ReadOnlySpan<char> text);
