using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using Microsoft.Extensions.Options;

namespace MemoryClients.DependencyInjection;

/// <summary>Checks <see cref="Mem0ClientOptions"/> and <see cref="MemMachineClientOptions"/> on start, with the clients' own messages.</summary>
internal sealed class ServiceClientOptionsValidator : IValidateOptions<Mem0ClientOptions>, IValidateOptions<MemMachineClientOptions>
{
    public ValidateOptionsResult Validate(string? name, Mem0ClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Check(name, nameof(Mem0ClientOptions), () =>
        {
            options.ResolveBaseAddress();
            options.Resilience.Validate();
            if (options.ResolveApiKey() is null)
                throw new InvalidOperationException($"No Mem0 API key: set ApiKey or the {Mem0ClientOptions.ApiKeyVariable} environment variable.");
        });
    }

    public ValidateOptionsResult Validate(string? name, MemMachineClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Check(name, nameof(MemMachineClientOptions), () =>
        {
            options.ResolveSettings();
            options.Resilience.Validate();
        });
    }

    private static ValidateOptionsResult Check(string? name, string type, Action check)
    {
        var label = string.IsNullOrEmpty(name) ? type : $"{type} '{name}'";
        try
        {
            check();
            return ValidateOptionsResult.Success;
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or NullReferenceException)
        {
            return ValidateOptionsResult.Fail($"{label}: {error.Message}");
        }
    }
}
