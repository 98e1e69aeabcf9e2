using System.Collections.Frozen;

namespace MemoryClients.Emulator.Admin;

/// <summary>
/// The dashboard's static files (HTML, CSS, JavaScript), embedded in the assembly and served as they are: no build
/// step, no network. The page may load only its own script and style and talk only to its own origin.
/// </summary>
internal static class DashboardAssets
{
    private const string ResourcePrefix = "MemoryClients.Emulator.Dashboard.";

    private static readonly FrozenDictionary<string, (byte[] Bytes, string ContentType)> Files = new Dictionary<string, (byte[], string)>
    {
        ["/"] = (Load("index.html"), "text/html; charset=utf-8"),
        ["/dashboard.css"] = (Load("dashboard.css"), "text/css; charset=utf-8"),
        ["/dashboard.js"] = (Load("dashboard.js"), "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The file served at <paramref name="path"/> (below <c>/_emulator</c>), or null.</summary>
    public static IResult? Find(string path) => Files.TryGetValue(path, out var file) ? new Asset(file.Bytes, file.ContentType) : null;

    private static byte[] Load(string name)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The dashboard file {name} is not embedded in the emulator assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class Asset(byte[] bytes, string contentType) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.ContentType = contentType;
            response.ContentLength = bytes.Length;
            response.Headers.CacheControl = "no-store";
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers.ContentSecurityPolicy =
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
            await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
        }
    }
}
