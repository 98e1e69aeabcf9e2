using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0;

/// <summary>Django REST Framework token authentication: <c>Authorization: Token &lt;key&gt;</c>.</summary>
internal static class Mem0Auth
{
    public const string InvalidKeyMessage = "Invalid API key. You can find your API key on https://app.mem0.ai/dashboard/api-keys.";

    private static readonly Dictionary<string, string> Challenge = new() { ["WWW-Authenticate"] = "Token" };

    /// <summary>Null when the request is authenticated, otherwise the 401 answer.</summary>
    public static IResult? Check(HttpRequest request, string? requiredKey)
    {
        var header = request.Headers.Authorization.ToString();
        var parts = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !string.Equals(parts[0], "Token", StringComparison.OrdinalIgnoreCase))
            return Unauthorized("Authentication credentials were not provided.");
        if (parts.Length == 1) return Unauthorized("Invalid token header. No credentials provided.");
        if (parts.Length > 2) return Unauthorized("Invalid token header. Token string should not contain spaces.");
        if (requiredKey is not null && !string.Equals(parts[1], requiredKey, StringComparison.Ordinal))
            return Unauthorized(InvalidKeyMessage);
        return null;
    }

    private static JsonResponse Unauthorized(string message) =>
        new(StatusCodes.Status401Unauthorized, new JsonObject { ["detail"] = message }, Challenge);
}
