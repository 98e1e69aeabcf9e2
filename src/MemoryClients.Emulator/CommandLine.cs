using System.Globalization;
using MemoryClients.Emulator.Faults;
using Microsoft.Extensions.AI;
using MemoryClients.Emulator.Http;

namespace MemoryClients.Emulator;

/// <summary>The command line of the runnable emulator.</summary>
internal static class CommandLine
{
    public const string Usage = """
        MemoryClients emulator: local Mem0 Platform and MemMachine APIs on 127.0.0.1.

        Usage: memory-emulator [options]

          --port <n>                 TCP port (default 8700; 0 picks a free port)
          --data <file.db>           keep data in a SQLite file between runs (default: in memory)
          --mem0-key <key>           only accept this Mem0 key (default: any non-empty key)
          --memmachine-key <key>     require this MemMachine Bearer key (default: no authentication)
          --fault "<METHOD> <PATH> <SPEC>"
                                     inject a fault, for example --fault "POST /mem0/v3/memories/add/ status=503; times=1"
                                     (repeatable; PATH may use * as a wildcard)
          --log-requests             print one line per request (method, path, status, fault)
          --embeddings               rank search results by meaning with the local MiniLM embedder (the
                                     memory-emulator-embeddings tool has it; default: rank by words)
          --allowed-hosts <names>    also serve these host names, comma-separated (default: localhost, 127.0.0.1
                                     and [::1] only; requests naming another Host or Origin get 403; * serves any)
          --request-log-max-entries <n>
                                     requests kept in the request log, oldest dropped first (default 1000)
          --request-log-max-body <bytes>
                                     bytes of each request body kept in the log (default 65536)
          --help                     show this text

        Dashboard: http://127.0.0.1:<port>/_emulator/ (memories, requests and fault rules, live)
        Admin routes (no key): GET /_emulator/requests, POST /_emulator/reset, POST /_emulator/faults/reset
        """;

    /// <summary>What <c>--embeddings</c> answers in a program that has no embedder.</summary>
    public const string NoEmbedder = "--embeddings needs the local embedder, which this program does not include: "
        + "install the MemoryClients.Emulator.Embeddings.Tool tool and run memory-emulator-embeddings --embeddings.";

    /// <summary>Parses the arguments of a program without an embedder (<c>--embeddings</c> is refused).</summary>
    /// <inheritdoc cref="Parse(string[], TextWriter, Func{IEmbeddingGenerator{string, Embedding{float}}}?, out string?)"/>
    public static MemoryEmulatorOptions? Parse(string[] args, TextWriter output, out string? error) => Parse(args, output, null, out error);

    /// <summary>Parses the arguments; null with an error message when they are wrong, or with none for --help.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where <c>--log-requests</c> prints each request.</param>
    /// <param name="embedder">Creates the embedder <c>--embeddings</c> turns on (called once, after every argument
    /// is valid); null when the program has none.</param>
    /// <param name="error">A one-line message when the arguments are wrong.</param>
    public static MemoryEmulatorOptions? Parse(string[] args, TextWriter output, Func<IEmbeddingGenerator<string, Embedding<float>>>? embedder,
        out string? error)
    {
        error = null;
        var port = 8700;
        var logRequests = false;
        var embeddings = false;
        string? data = null, mem0Key = null, memMachineKey = null;
        var faults = new List<FaultRule>();
        var allowedHosts = new List<string>();
        var defaults = new MemoryEmulatorOptions();
        int maxEntries = defaults.RequestLogMaxEntries, maxBody = defaults.RequestLogMaxBodyBytes;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h") return null;
            if (name == "--log-requests")
            {
                logRequests = true;
                continue;
            }
            if (name == "--embeddings")
            {
                if (embedder is null)
                {
                    error = NoEmbedder;
                    return null;
                }
                embeddings = true;
                continue;
            }
            if (name is not ("--port" or "--data" or "--mem0-key" or "--memmachine-key" or "--fault" or "--allowed-hosts"
                or "--request-log-max-entries" or "--request-log-max-body"))
            {
                error = $"unknown option '{name}'.";
                return null;
            }
            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value.";
                return null;
            }
            var value = args[++i];
            switch (name)
            {
                case "--port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
                    {
                        error = $"--port must be a number between 0 and 65535, not '{value}'.";
                        return null;
                    }
                    break;
                case "--data":
                    data = value;
                    break;
                case "--mem0-key":
                    mem0Key = value;
                    break;
                case "--memmachine-key":
                    memMachineKey = value;
                    break;
                case "--fault":
                    var parts = value.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    FaultSpec? spec = null;
                    string? reason = "missing parts";
                    if (parts.Length != 3 || !FaultSpec.TryParse(parts[2], out spec, out reason))
                    {
                        error = $"--fault must look like \"POST /mem0/v3/memories/add/ status=503; times=1\" ({reason}).";
                        return null;
                    }
                    faults.Add(new FaultRule(parts[0], parts[1], spec!));
                    break;
                case "--allowed-hosts":
                    foreach (var host in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (host != "*" && HostFilter.Normalise(host) is null)
                        {
                            error = $"--allowed-hosts takes host names such as memory.test, without scheme or port, or *; '{host}' is not one.";
                            return null;
                        }
                        allowedHosts.Add(host);
                    }
                    break;
                case "--request-log-max-entries":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out maxEntries))
                    {
                        error = $"--request-log-max-entries must be a whole number, not '{value}'.";
                        return null;
                    }
                    break;
                case "--request-log-max-body":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out maxBody) || maxBody > MemoryEmulatorOptions.RequestLogBodyBytesLimit)
                    {
                        error = $"--request-log-max-body must be a number of bytes between 0 and {MemoryEmulatorOptions.RequestLogBodyBytesLimit}, not '{value}'.";
                        return null;
                    }
                    break;
            }
        }
        return new MemoryEmulatorOptions
        {
            Port = port,
            DataFile = data,
            Mem0ApiKey = mem0Key,
            MemMachineApiKey = memMachineKey,
            Faults = faults,
            RequestEcho = logRequests ? output : null,
            EmbeddingGenerator = embeddings ? embedder!() : null,
            AllowedHosts = allowedHosts,
            RequestLogMaxEntries = maxEntries,
            RequestLogMaxBodyBytes = maxBody,
        };
    }
}
