using System.Net;
using MemoryClients.Emulator.Admin;
using MemoryClients.Emulator.Faults;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Logging;
using MemoryClients.Emulator.Mem0;
using MemoryClients.Emulator.MemMachine;
using MemoryClients.Emulator.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MemoryClients.Emulator;

/// <summary>
/// A local emulator of the Mem0 Platform and MemMachine APIs on one 127.0.0.1 port: Mem0 under <c>/mem0/</c>,
/// MemMachine under <c>/memmachine/v2/</c>. Start it with <see cref="StartAsync"/> and dispose it to stop.
/// </summary>
public sealed class MemoryEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DocumentStore _store;
    private int _disposed;

    private MemoryEmulator(WebApplication app, DocumentStore store, RequestLog log, FaultInjector faults, Uri baseAddress)
    {
        _app = app;
        _store = store;
        RequestLog = log;
        Faults = faults;
        BaseAddress = baseAddress;
        Mem0BaseAddress = new Uri(baseAddress, "mem0/");
        MemMachineBaseAddress = new Uri(baseAddress, "memmachine/v2/");
        DashboardAddress = new Uri(baseAddress, "_emulator/");
    }

    /// <summary>The server root, for example <c>http://127.0.0.1:8700/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The Mem0 API root (stands in for <c>https://api.mem0.ai/</c>); routes are <c>v1/...</c>, <c>v3/...</c> below it.</summary>
    public Uri Mem0BaseAddress { get; }

    /// <summary>The MemMachine API root (stands in for <c>https://api.memmachine.ai/v2/</c>); routes are <c>projects</c>, <c>memories/...</c> below it.</summary>
    public Uri MemMachineBaseAddress { get; }

    /// <summary>The dashboard page: projects, entities, memories per scope, the request log and the fault rules, live.</summary>
    public Uri DashboardAddress { get; }

    /// <summary>The TCP port the emulator listens on.</summary>
    public int Port => BaseAddress.Port;

    /// <summary>Every request received, for assertions.</summary>
    public RequestLog RequestLog { get; }

    /// <summary>The fault rules; add or clear them while the emulator runs.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Starts an emulator on 127.0.0.1 and returns once it accepts connections.</summary>
    /// <param name="options">Settings; null uses the defaults (port 0, in-memory data, any API key).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<MemoryEmulator> StartAsync(MemoryEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MemoryEmulatorOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RequestLogMaxEntries, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RequestLogMaxBodyBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.RequestLogMaxBodyBytes, MemoryEmulatorOptions.RequestLogBodyBytesLimit, nameof(options));
        var hosts = new HostFilter(options.AllowedHosts);

        var store = DocumentStore.Open(options.DataFile);
        try
        {
            var log = new RequestLog(options.RequestLogMaxEntries, options.RequestLogMaxBodyBytes, options.RequestEcho);
            var faults = new FaultInjector(options.Faults);
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(MemoryEmulator).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
            });
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IHostLifetime>(new EmbeddedHostLifetime());
            builder.WebHost.UseKestrel(k =>
            {
                k.Listen(IPAddress.Loopback, options.Port);
                k.AddServerHeader = false;
            });

            var app = builder.Build();
            app.UseMiddleware<HostFilterMiddleware>(hosts);
            AdminEndpoints.Map(app, store, log, faults, options);
            app.UseMiddleware<RequestLogMiddleware>(log);
            app.UseMiddleware<FaultMiddleware>(faults);
            app.UseMiddleware<ErrorHandlingMiddleware>();
            Mem0Endpoints.Map(app, new Mem0Context(store, options));
            MemMachineEndpoints.Map(app, new MemMachineContext(store, options));

            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new MemoryEmulator(app, store, log, faults, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Deletes every memory, project, event and other record (and the SQLite rows when persistent); rules and the log stay.</summary>
    public void ClearData() => _store.Clear();

    /// <summary>
    /// Clears the data and the request log and resets every fault's <c>times=N</c> count, keeping the fault rules:
    /// the state of a fresh start, for the next test run (<c>POST /_emulator/reset</c> does the same over HTTP).
    /// </summary>
    public void Reset() => AdminEndpoints.Reset(_store, RequestLog, Faults);

    /// <summary>Stops listening and releases the data file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _store.Dispose();
        }
    }
}
