#if !NET9_0_OR_GREATER
namespace MemoryClients.Emulator.Compat;

/// <summary>
/// net8.0 only: stands in for .NET 9's <c>System.Threading.Lock</c> so <c>lock (_gate)</c> compiles unchanged. On any
/// other type <c>lock</c> takes the instance's <see cref="Monitor"/>: the same mutual exclusion, re-entrancy included.
/// </summary>
internal sealed class Lock;
#endif
