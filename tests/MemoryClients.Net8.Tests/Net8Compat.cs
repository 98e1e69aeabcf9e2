/// <summary>.NET 9's <c>Guid.Version</c>, which the shared tests read, for the net8.0 build of the suites.</summary>
internal static class Net8Compat
{
    extension(Guid guid)
    {
        /// <summary>The UUID version: the high nibble of byte 6 in RFC 9562 (big-endian) order.</summary>
        public int Version => guid.ToByteArray(bigEndian: true)[6] >> 4;
    }
}
