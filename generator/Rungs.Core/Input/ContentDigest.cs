using System.Security.Cryptography;

namespace Rungs.Input;

/// <summary>
/// A content file's path and the SHA-256 of its bytes as stored (before decoding; empty for a file too large to read):
/// what the build's input fingerprint hashes of each content file.
/// </summary>
public readonly record struct ContentDigest(string RelativePath, ReadOnlyMemory<byte> Sha256)
{
    /// <summary>The size of one digest.</summary>
    public const int Size = SHA256.HashSizeInBytes;
}
