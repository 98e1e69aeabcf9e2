#if !NET9_0_OR_GREATER
using System.Security.Cryptography;

namespace MemoryClients.Compat;

/// <summary>net8.0 only: .NET 9's <c>Guid.CreateVersion7()</c>, so callers compile unchanged on both targets.</summary>
internal static class GuidVersion7
{
    extension(Guid)
    {
        /// <summary>A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits, with the version and variant set.</summary>
        public static Guid CreateVersion7()
        {
            Span<byte> bytes = stackalloc byte[16];
            RandomNumberGenerator.Fill(bytes);
            // Bytes 0-5: the timestamp, big-endian; byte 6: version 7 over random bits; byte 8: the RFC variant.
            var milliseconds = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            for (var i = 0; i < 6; i++) bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
            bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
            bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
            return new Guid(bytes, bigEndian: true);
        }
    }
}
#endif
