using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemoryClients.Benchmarks;

/// <summary>
/// A Kestrel server on 127.0.0.1 (a free port) that answers the Mem0 and MemMachine calls the benchmarks make with
/// <see cref="CannedResponses"/>. It does no work per request beyond reading the body and copying bytes, so what is
/// measured is the client.
/// </summary>
/// <remarks>
/// A base address made by <see cref="ServerProcess.Scenario"/> (<c>/s/{total}/{delayMs}/</c>) serves a listing of <c>total</c>
/// memories and waits <c>delayMs</c> before each list page; the plain base address lists
/// <see cref="DefaultTotal"/> memories without delay.
/// </remarks>
public sealed class CannedServer : IAsyncDisposable
{
    /// <summary>How many memories the plain base address lists.</summary>
    public const int DefaultTotal = 1000;

    private readonly WebApplication _app;

    private CannedServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, ending with a slash (Mem0 paths are relative to it).</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<CannedServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            o.AddServerHeader = false;
        });
        var app = builder.Build();
        app.Run(HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CannedServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var total = DefaultTotal;
        var delayMs = 0;
        var root = "/";
        if (path.StartsWith("/s/", StringComparison.Ordinal))
        {
            var parts = path.Split('/', 5);   // "", "s", total, delay, rest
            total = int.Parse(parts[2], CultureInfo.InvariantCulture);
            delayMs = int.Parse(parts[3], CultureInfo.InvariantCulture);
            root = $"/s/{parts[2]}/{parts[3]}/";
            path = "/" + parts[4];
        }

        byte[]? body = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        var response = context.Response;
        response.ContentType = "application/json";
        switch (request.Method, path)
        {
            case ("GET", "/v1/ping/"):
                await WriteAsync(response, CannedResponses.Ping).ConfigureAwait(false);
                return;
            case ("POST", "/v3/memories/search/"):
                await WriteAsync(response, CannedResponses.Search).ConfigureAwait(false);
                return;
            case ("POST", "/v3/memories/add/"):
                await WriteAsync(response, CannedResponses.Add).ConfigureAwait(false);
                return;
            case ("POST", "/v3/memories/"):
                await DelayAsync(delayMs, context.RequestAborted).ConfigureAwait(false);
                await WriteMem0PageAsync(context, total, root).ConfigureAwait(false);
                return;
            case ("POST", "/v2/memories/list"):
                await DelayAsync(delayMs, context.RequestAborted).ConfigureAwait(false);
                await WriteEpisodePageAsync(response, body, total).ConfigureAwait(false);
                return;
            case ("POST", "/v2/memories/search"):
                await WriteAsync(response, CannedResponses.MemMachineSearch).ConfigureAwait(false);
                return;
            case ("GET", _) when path.StartsWith("/v1/memories/", StringComparison.Ordinal):
                await WriteAsync(response, CannedResponses.Get).ConfigureAwait(false);
                return;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                await WriteAsync(response, """{"detail":"Not found."}"""u8.ToArray()).ConfigureAwait(false);
                return;
        }
    }

    private static Task DelayAsync(int delayMs, CancellationToken cancellationToken) =>
        delayMs > 0 ? Task.Delay(delayMs, cancellationToken) : Task.CompletedTask;

    private static async Task WriteAsync(HttpResponse response, byte[] bytes)
    {
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes).ConfigureAwait(false);
    }

    private static async Task WriteMem0PageAsync(HttpContext context, int total, string root)
    {
        var query = context.Request.Query;
        var page = query.TryGetValue("page", out var p) ? int.Parse(p.ToString(), CultureInfo.InvariantCulture) : 1;
        var pageSize = query.TryGetValue("page_size", out var s) ? int.Parse(s.ToString(), CultureInfo.InvariantCulture) : 100;
        var request = context.Request;
        var baseAddress = new Uri($"{request.Scheme}://{request.Host}{root}");
        using var buffer = new MemoryStream();
        var count = CannedResponses.WriteMem0Page(buffer, page, pageSize, total, baseAddress);
        if (count == 0 && page > 1)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await WriteAsync(context.Response, """{"detail":"Invalid page."}"""u8.ToArray()).ConfigureAwait(false);
            return;
        }
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)).ConfigureAwait(false);
    }

    private static async Task WriteEpisodePageAsync(HttpResponse response, byte[]? body, int total)
    {
        var pageSize = 100;
        var pageNum = 0;
        if (body is not null)
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("page_size", out var size))
                pageSize = size.GetInt32();
            if (document.RootElement.TryGetProperty("page_num", out var num))
                pageNum = num.GetInt32();
        }
        var first = (long)pageNum * pageSize;
        var count = (int)Math.Clamp(total - first, 0, Math.Min(pageSize, CannedResponses.MaxPageSize));
        var itemsLength = count == 0 ? 0 : CannedResponses.EpisodeItemEnds[count - 1];
        response.ContentLength = CannedResponses.EpisodePagePrefix.Length + itemsLength + CannedResponses.EpisodePageSuffix.Length;
        await response.Body.WriteAsync(CannedResponses.EpisodePagePrefix).ConfigureAwait(false);
        if (itemsLength > 0)
            await response.Body.WriteAsync(CannedResponses.EpisodeItems.AsMemory(0, itemsLength)).ConfigureAwait(false);
        await response.Body.WriteAsync(CannedResponses.EpisodePageSuffix).ConfigureAwait(false);
    }
}
