using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.MemMachine;

/// <summary>Bearer authentication, enforced only when a MemMachine key is configured (like the cloud; the OSS server has none).</summary>
internal static class MemMachineAuth
{
    private static readonly Dictionary<string, string> Challenge = new() { ["WWW-Authenticate"] = "Bearer" };

    public static IResult? Check(HttpRequest request, string? requiredKey)
    {
        if (requiredKey is null) return null;
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(header[Scheme.Length..].Trim(), requiredKey, StringComparison.Ordinal))
        {
            return null;
        }
        var message = header.Length == 0 ? "Missing bearer token" : "Invalid API key";
        return new JsonResponse(401, new JsonObject { ["code"] = 401, ["message"] = message }, Challenge);
    }
}
