#if !NET9_0_OR_GREATER
namespace System.Threading;

/// <summary>
/// net8.0 only: stands in for .NET 9's <c>System.Threading.Lock</c> so <c>lock (_gate)</c> compiles unchanged.
/// The compiler turns <c>lock</c> on this type into <see cref="EnterScope"/>, which holds a private <see cref="Monitor"/>
/// of the instance: the same mutual exclusion, re-entrancy included.
/// </summary>
internal sealed class Lock
{
    // Monitor needs an object; a private one keeps the compiler's Lock-to-object check (CS9216) quiet and the monitor private.
    private readonly object _monitor = new();

    /// <summary>Enters the lock; disposing the scope leaves it.</summary>
    public Scope EnterScope()
    {
        Monitor.Enter(_monitor);
        return new Scope(_monitor);
    }

    /// <summary>A held lock, released by <see cref="Dispose"/>.</summary>
    public ref struct Scope
    {
        private readonly object _monitor;

        internal Scope(object monitor) => _monitor = monitor;

        /// <summary>Leaves the lock.</summary>
        public readonly void Dispose() => Monitor.Exit(_monitor);
    }
}
#endif
