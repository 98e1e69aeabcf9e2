using MemoryClients.Mem0;
using MemoryClients.MemMachine;

namespace MemoryClients;

/// <summary>Settings of the unified clients (<see cref="AsyncMemoryClient"/>, <see cref="MemoryClient"/>): which provider, and how to reach it.</summary>
/// <remarks>Bind it from configuration (<c>"Memory": { "Provider": "MemMachine", "ProjectId": "support" }</c>); keep the key in a secret store or in
/// <c>MEM0_API_KEY</c> / <c>MEMMACHINE_API_KEY</c>, which are read when <see cref="ServiceClientOptions.ApiKey"/> is not set.
/// The key, address, application id, resilience and clock are the settings every client shares (<see cref="ServiceClientOptions"/>).</remarks>
public sealed class MemoryClientOptions : ServiceClientOptions
{
    /// <summary>The service to talk to. Default <see cref="MemoryProvider.Mem0"/>.</summary>
    public MemoryProvider Provider { get; set; } = MemoryProvider.Mem0;

    /// <summary>The MemMachine project memories go to; null uses the default project. Mem0 keys belong to one project, so this must stay null for Mem0.</summary>
    public string? ProjectId { get; set; }

    /// <summary>MemMachine only: cloud (default) or self-hosted.</summary>
    public MemMachineDeployment Deployment { get; set; } = MemMachineDeployment.Cloud;

    /// <summary>MemMachine self-hosted only: the <c>org_id</c> sent in every body; null means <c>universal</c>.</summary>
    public string? OrgId { get; set; }

    /// <summary>Whether debug logs may include memory text and queries. Off by default: logs carry ids, counts and timings only.</summary>
    public bool LogMemoryContent { get; set; }

    /// <summary>
    /// The options of <see cref="Provider"/>'s own client, copied from these: the one place the unified options turn into a
    /// provider's. Everything else about a provider (address, key variable, auth, mapping) follows from its options.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="Provider"/> is not a known provider.</exception>
    internal ServiceClientOptions ToProviderOptions() => Provider switch
    {
        MemoryProvider.Mem0 => CopySharedTo(new Mem0ClientOptions()),
        MemoryProvider.MemMachine => CopySharedTo(new MemMachineClientOptions { Deployment = Deployment, OrgId = OrgId, DefaultProjectId = ProjectId }),
        _ => throw new ArgumentException($"Provider must be Mem0 or MemMachine; got '{Provider}'. Set Provider.", nameof(Provider)),
    };

    /// <summary>The environment variable read for the key of <see cref="Provider"/>.</summary>
    internal string ApiKeyVariable => ToProviderOptions().GetApiKeyVariable();

    /// <inheritdoc />
    private protected override string ApiKeyEnvironmentVariable => ApiKeyVariable;

    /// <inheritdoc />
    private protected override Uri DefaultBaseAddress => ToProviderOptions().GetDefaultAddress();

    /// <inheritdoc />
    internal override ProviderProfile GetProfile() => ToProviderOptions().GetProfile();

    /// <inheritdoc />
    internal override MemoryBackend CreateBackend(Http.ApiTransport transport) => ToProviderOptions().CreateBackend(transport);

    /// <summary>Every broken rule, each saying what to set; empty when the options are usable.</summary>
    internal List<string> Validate()
    {
        var errors = new List<string>();
        if (Provider == MemoryProvider.Mem0)
        {
            if (ProjectId is not null)
                errors.Add("ProjectId applies to MemMachine only: a Mem0 API key belongs to one project. Remove ProjectId, or use a key of the project you want.");
            if (OrgId is not null)
                errors.Add("OrgId applies to a self-hosted MemMachine only. Remove OrgId.");
        }
        // The provider's own rules; their messages already say what to set (key, ids, address).
        if (Collect(errors, ToProviderOptions))
            Collect(errors, ToProviderOptions().Check);
        if (Resilience is null)
            errors.Add("Resilience must not be null; remove the setting to use the defaults.");
        else
            Collect(errors, Resilience.Validate);
        return errors;
    }

    private static bool Collect(List<string> errors, Action check)
    {
        try
        {
            check();
            return true;
        }
        catch (ArgumentException error)
        {
            errors.Add(error.ParamName is { } name ? $"{name}: {Strip(error.Message)}" : error.Message);
        }
        catch (InvalidOperationException error)
        {
            errors.Add(error.Message);
        }
        return false;
    }

    private static bool Collect<T>(List<string> errors, Func<T> check) => Collect(errors, () => { _ = check(); });

    // ArgumentException appends " (Parameter 'x')"; the name is already in front.
    private static string Strip(string message)
    {
        var at = message.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    /// <summary>Describes the options without the key.</summary>
    public override string ToString() =>
        $"Provider={Provider}, BaseAddress={BaseAddress?.ToString() ?? "(default)"}, ProjectId={ProjectId ?? "(default)"}, ApiKey={(ApiKey is null ? "(from environment)" : "***")}";
}
