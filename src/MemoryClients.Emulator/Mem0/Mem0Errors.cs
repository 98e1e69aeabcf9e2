using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0;

/// <summary>Mem0's error bodies, which differ by endpoint family (the shapes the service documents per endpoint).</summary>
internal static class Mem0Errors
{
    /// <summary><c>{"error": ...}</c>: memory get/update/delete, batch, feedback, exports, events, webhooks, list/search validation.</summary>
    public static ApiException Error(int status, string message) =>
        new(new JsonResponse(status, new JsonObject { ["error"] = message }), message);

    /// <summary><c>{"detail": ...}</c>: authentication, DRF pagination and parse errors.</summary>
    public static ApiException Detail(int status, string message) =>
        new(new JsonResponse(status, new JsonObject { ["detail"] = message }), message);

    /// <summary><c>{"message": ...}</c>: project, member and entity-delete errors.</summary>
    public static ApiException Message(int status, string message) =>
        new(new JsonResponse(status, new JsonObject { ["message"] = message }), message);

    /// <summary>The add endpoint's validation shape: <c>{"error": "400 Bad Request", "details": {"message": ...}}</c>.</summary>
    public static ApiException AddValidation(string message) =>
        new(new JsonResponse(400, new JsonObject
        {
            ["error"] = "400 Bad Request",
            ["details"] = new JsonObject { ["message"] = message },
        }), message);

    /// <summary>DRF serializer errors: <c>{"field": ["message"]}</c>.</summary>
    public static ApiException Field(string field, string message) =>
        new(new JsonResponse(400, new JsonObject { [field] = new JsonArray(message) }), message);

    public static ApiException InvalidPage() => Detail(404, "Invalid page.");
}
