namespace MemoryClients.Mem0;

/// <summary>Settings of a <see cref="Mem0Client"/>.</summary>
public sealed class Mem0ClientOptions : ServiceClientOptions
{
    /// <summary>The Mem0 Platform address used when <see cref="ServiceClientOptions.BaseAddress"/> is null.</summary>
    public static readonly Uri DefaultAddress = new("https://api.mem0.ai/");

    /// <summary>The environment variable read when <see cref="ServiceClientOptions.ApiKey"/> is null.</summary>
    public const string ApiKeyVariable = "MEM0_API_KEY";

    /// <inheritdoc />
    private protected override string ApiKeyEnvironmentVariable => ApiKeyVariable;

    /// <inheritdoc />
    private protected override Uri DefaultBaseAddress => DefaultAddress;

    /// <inheritdoc />
    internal override ProviderProfile GetProfile() => Mem0Backend.Profile;

    /// <inheritdoc />
    internal override MemoryBackend CreateBackend(Http.ApiTransport transport) => new Mem0Backend(new Mem0Client(transport));
}
