using Microsoft.AspNetCore.Http.Features;

namespace MemoryClients.Emulator.Http;

/// <summary>
/// Routes that change state take JSON only. The bodies a web page can send to another site without asking first
/// (<c>text/plain</c>, forms, a blob without a type) are refused, which also matches Mem0's REST framework (415).
/// </summary>
internal static class JsonMediaType
{
    /// <summary>The declared type (empty when none) of a request that has a body or a type other than JSON; null when it may proceed.</summary>
    public static string? Unsupported(HttpRequest request)
    {
        var hasBody = request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true;
        if (request.ContentType is null && !hasBody) return null;
        return request.HasJsonContentType() ? null : request.ContentType ?? "";
    }
}
