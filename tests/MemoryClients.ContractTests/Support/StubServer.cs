using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemoryClients.ContractTests.Support;

/// <summary>A request the stub received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>A scripted answer: status, headers and body text.</summary>
public sealed record StubResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>A real Kestrel server on 127.0.0.1 and a free port that records requests and replays scripted responses in order.</summary>
public sealed class StubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StubResponse> _responses = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private StubServer(WebApplication app) => _app = app;

    /// <summary>The server root, ending with a slash.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<StubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var stub = new StubServer(app);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        stub.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    public void Enqueue(StubResponse response) => _responses.Enqueue(response);

    public void Enqueue(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        Enqueue(new StubResponse(status, headers ?? new Dictionary<string, string>(), body));

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "",
            context.Request.QueryString.Value?.TrimStart('?') ?? "", headers, body));

        if (!_responses.TryDequeue(out var response))
        {
            context.Response.StatusCode = 599;
            await context.Response.WriteAsync("The stub has no scripted response left.");
            return;
        }
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
            context.Response.Headers[name] = value;
        if (!response.Headers.ContainsKey("Content-Type") && response.Body.Length > 0)
            context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
