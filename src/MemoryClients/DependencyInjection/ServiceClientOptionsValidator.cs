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
        return Check(name, nameof(Mem0ClientOptions), options);
    }

    public ValidateOptionsResult Validate(string? name, MemMachineClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Check(name, nameof(MemMachineClientOptions), options);
    }

    // The options' own rules (address, key, provider settings), the ones the client's constructor applies, then resilience.
    private static ValidateOptionsResult Check(string? name, string type, ServiceClientOptions options)
    {
        var label = string.IsNullOrEmpty(name) ? type : $"{type} '{name}'";
        try
        {
            options.Check();
            options.Resilience.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or NullReferenceException)
        {
            return ValidateOptionsResult.Fail($"{label}: {error.Message}");
        }
    }
}
