using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Http;

/// <summary>Which emulated service a path belongs to, and each service's generic error body.</summary>
internal enum ServiceKind
{
    None,
    Mem0,
    MemMachine,
}

internal static class ServiceKinds
{
    public const string Mem0Prefix = "/mem0";
    public const string MemMachinePrefix = "/memmachine";

    public static ServiceKind FromPath(PathString path) =>
        path.StartsWithSegments(Mem0Prefix, StringComparison.Ordinal) ? ServiceKind.Mem0
        : path.StartsWithSegments(MemMachinePrefix, StringComparison.Ordinal) ? ServiceKind.MemMachine
        : ServiceKind.None;

    /// <summary>Mem0 (Django REST Framework) answers <c>{"detail": ...}</c>; MemMachine's cloud gateway <c>{"code", "message"}</c>.</summary>
    public static JsonResponse Error(ServiceKind service, int status, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, ErrorBody(service, status, message), headers);

    public static JsonObject ErrorBody(ServiceKind service, int status, string message) => service == ServiceKind.MemMachine
        ? new JsonObject { ["code"] = status, ["message"] = message }
        : new JsonObject { ["detail"] = message };
}
