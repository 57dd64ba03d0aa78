namespace Rungs.Linking;

/// <summary>The error for a document that names itself, where that is forbidden rather than merely pointless.</summary>
public sealed record SelfReference(string Code, string Message);
