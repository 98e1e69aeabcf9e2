
namespace MemoryClients.MemMachine;

/// <summary>Settings of a <see cref="MemMachineClient"/>; the cloud and a self-hosted server differ only in these options.</summary>
/// <remarks>
/// <see cref="ServiceClientOptions.BaseAddress"/> is the API root: <see cref="CloudAddress"/> by default on the cloud,
/// <see cref="SelfHostedAddress"/> by default when self-hosted (for another host use <c>http://host:8080/api/v2/</c>,
/// and set <see cref="ServiceClientOptions.AllowInsecureHttp"/> for plain http beyond loopback).
/// </remarks>
public sealed class MemMachineClientOptions : ServiceClientOptions
{
    /// <summary>The cloud API root, used when <see cref="ServiceClientOptions.BaseAddress"/> is null and <see cref="Deployment"/> is <see cref="MemMachineDeployment.Cloud"/>.</summary>
    public static readonly Uri CloudAddress = new("https://api.memmachine.ai/v2/");

    /// <summary>The API root of a server on this machine, used when <see cref="ServiceClientOptions.BaseAddress"/> is null and the deployment is self-hosted.</summary>
    public static readonly Uri SelfHostedAddress = new("http://localhost:8080/api/v2/");

    /// <summary>The environment variable read when <see cref="ServiceClientOptions.ApiKey"/> is null.</summary>
    public const string ApiKeyVariable = "MEMMACHINE_API_KEY";

    /// <summary>The organisation and project id a self-hosted server uses when none is given.</summary>
    public const string SelfHostedDefaultId = "universal";

    /// <summary>Cloud (the default) or self-hosted.</summary>
    public MemMachineDeployment Deployment { get; set; } = MemMachineDeployment.Cloud;

    /// <summary>The organisation sent as <c>org_id</c> in every self-hosted body; null means <c>universal</c>. Must stay null for the cloud, where the key names the organisation.</summary>
    public string? OrgId { get; set; }

    /// <summary>The project used when a call passes no project id; null means the caller's default project on the cloud (<c>""</c>) and <c>universal</c> self-hosted.</summary>
    public string? DefaultProjectId { get; set; }

    /// <inheritdoc />
    private protected override string ApiKeyEnvironmentVariable => ApiKeyVariable;

    /// <summary>Resolves and checks the MemMachine settings; throws before any connection is made.</summary>
    /// <exception cref="InvalidOperationException">The cloud is targeted without an API key.</exception>
    /// <exception cref="ArgumentException">An id option breaks its rule.</exception>
    internal MemMachineSettings ResolveSettings()
    {
        if (!Enum.IsDefined(Deployment))
            throw new ArgumentOutOfRangeException(nameof(Deployment), Deployment, "Deployment must be Cloud or SelfHosted.");
        var selfHosted = Deployment == MemMachineDeployment.SelfHosted;
        if (!selfHosted && ResolveApiKey() is null)
            throw new InvalidOperationException(
                $"No MemMachine API key: the cloud requires one. Set MemMachineClientOptions.ApiKey or the {ApiKeyVariable} environment variable, or set Deployment = SelfHosted for a server without authentication.");

        string? orgId = null;
        if (selfHosted)
            orgId = MemMachineIds.Check(OrgId ?? SelfHostedDefaultId, nameof(OrgId), "org_id", allowEmpty: false);
        else if (OrgId is not null)
            throw new ArgumentException("OrgId is only sent to self-hosted servers; the cloud takes the organisation from the API key. Remove OrgId or set Deployment = SelfHosted.", nameof(OrgId));

        // The cloud's "" is the caller's default project; a self-hosted server needs a real id.
        var projectId = MemMachineIds.Check(DefaultProjectId ?? (selfHosted ? SelfHostedDefaultId : ""), nameof(DefaultProjectId), "project_id", allowEmpty: !selfHosted);

        return new MemMachineSettings(selfHosted, orgId, projectId);
    }

    /// <inheritdoc />
    private protected override Uri DefaultBaseAddress => Deployment == MemMachineDeployment.SelfHosted ? SelfHostedAddress : CloudAddress;

    /// <inheritdoc />
    internal override ProviderProfile GetProfile() => MemMachineBackend.Profile;

    /// <inheritdoc />
    internal override void Check()
    {
        ResolveSettings();
        ResolveBaseAddress();
    }

    /// <inheritdoc />
    internal override MemoryBackend CreateBackend(Http.ApiTransport transport) => new MemMachineBackend(new MemMachineClient(transport, ResolveSettings()));
}
