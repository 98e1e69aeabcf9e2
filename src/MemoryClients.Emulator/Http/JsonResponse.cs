using System.Text.Json.Nodes;

namespace MemoryClients.Emulator.Http;

/// <summary>A JSON answer with an exact Content-Length (or an empty body when <c>Body</c> is null and the status is 204).</summary>
internal sealed class JsonResponse(int status, JsonNode? body, IReadOnlyDictionary<string, string>? headers = null) : IResult
{
    public int Status => status;

    public JsonNode? Body => body;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        if (headers is not null)
        {
            foreach (var (name, value) in headers) response.Headers[name] = value;
        }
        if (status == StatusCodes.Status204NoContent)
        {
            response.ContentLength = 0;
            return;
        }
        var bytes = Json.Serialize(body);
        response.ContentType = "application/json";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}

/// <summary>A plain-text answer (MemMachine's unhandled-error 500 is <c>text/plain</c>).</summary>
internal sealed class TextResponse(int status, string text, string contentType = "text/plain; charset=utf-8") : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
