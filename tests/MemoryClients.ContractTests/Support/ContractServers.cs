using System.Collections.Concurrent;
using WireMock.Server;
using WireMock.Settings;

namespace MemoryClients.ContractTests.Support;

/// <summary>
/// The shared fixture of the contract suite: WireMock servers on 127.0.0.1 and a free port, started once and reused.
/// A case rents one, loads its own mappings into it and hands it back reset, so cases running in parallel never share
/// mappings or a request log, and no test pays for a server start of its own.
/// </summary>
public static class ContractServers
{
    private static readonly ConcurrentBag<WireMockServer> Idle = [];
    private static readonly ConcurrentBag<WireMockServer> All = [];

    static ContractServers() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var server in All)
            server.Stop();
    };

    /// <summary>A server with no mappings and an empty request log.</summary>
    public static WireMockServer Rent()
    {
        if (Idle.TryTake(out var server))
            return server;
        server = Start();
        All.Add(server);
        return server;
    }

    /// <summary>Clears the server's mappings, request log and scenarios and makes it available to the next case.</summary>
    public static void Return(WireMockServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        server.Reset();
        Idle.Add(server);
    }

    /// <summary>Starts a WireMock server on loopback and a port the system picks.</summary>
    public static WireMockServer Start(WireMockServerSettings? settings = null)
    {
        settings ??= new WireMockServerSettings();
        settings.Urls = ["http://127.0.0.1:0"];
        return WireMockServer.Start(settings);
    }
}
