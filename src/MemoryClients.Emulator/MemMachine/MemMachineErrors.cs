using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine;

/// <summary>MemMachine cloud error bodies: <c>{"code": status, "message": ...}</c>, plus the OSS plain-text 500.</summary>
internal static class MemMachineErrors
{
    public static ApiException Error(int status, string message) =>
        new(new JsonResponse(status, new JsonObject { ["code"] = status, ["message"] = message }), message);

    /// <summary>Request validation: 422 "Invalid request payload: loc: msg".</summary>
    public static ApiException Invalid(string location, string message) =>
        Error(422, $"Invalid request payload: {location}: {message}");

    public static ApiException ProjectNotFound() => Error(404, "Project does not exist");

    /// <summary>What an unhandled server exception looks like (list filter errors): 500 text/plain.</summary>
    public static ApiException Unhandled(string reason) =>
        new(new TextResponse(500, "Internal Server Error"), reason);
}
