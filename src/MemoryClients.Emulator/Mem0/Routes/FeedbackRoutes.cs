using System.Text.Json.Nodes;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator.Mem0.Routes;

/// <summary><c>POST /v1/feedback/</c>: records POSITIVE, NEGATIVE, VERY_NEGATIVE or null feedback on a memory.</summary>
internal static class FeedbackRoutes
{
    private static readonly string[] Values = ["POSITIVE", "NEGATIVE", "VERY_NEGATIVE"];

    public static void Map(RouteGroupBuilder mem0, Mem0Context context) =>
        mem0.MapPost("/v1/feedback/", (HttpRequest request) => SubmitAsync(request.HttpContext, context));

    private static async Task<IResult> SubmitAsync(HttpContext http, Mem0Context context)
    {
        var body = await Mem0Request.ReadObjectAsync(http);
        if (body["memory_id"] is null) throw Mem0Errors.Field("memory_id", "This field is required.");
        var memoryId = Mem0Request.MemoryId(Json.AsString(body["memory_id"]), "Invalid memory_id");
        var feedback = body["feedback"];
        if (feedback is not null && !Values.Contains(Json.AsString(feedback)))
            throw Mem0Errors.Error(400, "feedback must be one of POSITIVE, NEGATIVE, VERY_NEGATIVE or null.");
        var reason = body["feedback_reason"];
        if (reason is not null && !Json.IsString(reason)) throw Mem0Errors.Error(400, "feedback_reason must be a string or null.");
        if (!context.Store.Contains(Mem0Context.Memories, memoryId)) throw Mem0Errors.Error(404, "Memory not found");

        var record = new JsonObject
        {
            ["id"] = Mem0Context.NewId(),
            ["memory_id"] = memoryId,
            ["feedback"] = feedback?.DeepClone(),
            ["feedback_reason"] = reason?.DeepClone(),
            ["created_at"] = Timestamps.Format(context.Now),
        };
        context.Store.Put(Mem0Context.Feedback, record["id"]!.GetValue<string>(), record);
        return new JsonResponse(200, new JsonObject
        {
            ["id"] = record["id"]!.DeepClone(),
            ["feedback"] = feedback?.DeepClone(),
            ["feedback_reason"] = reason?.DeepClone(),
        });
    }
}
