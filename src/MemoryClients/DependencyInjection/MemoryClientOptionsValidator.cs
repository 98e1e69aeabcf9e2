using Microsoft.Extensions.Options;

namespace MemoryClients.DependencyInjection;

/// <summary>Checks <see cref="MemoryClientOptions"/> on start, with messages that say what to set (no reflection, AOT-safe).</summary>
internal sealed class MemoryClientOptionsValidator : IValidateOptions<MemoryClientOptions>
{
    public ValidateOptionsResult Validate(string? name, MemoryClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        var label = string.IsNullOrEmpty(name) ? "MemoryClientOptions" : $"MemoryClientOptions '{name}'";
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{label}: {e}"));
    }
}
