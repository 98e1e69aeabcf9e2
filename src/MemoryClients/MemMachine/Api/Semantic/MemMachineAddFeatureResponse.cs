namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memories/semantic/feature</c>.</summary>
public sealed record MemMachineAddFeatureResponse : ApiModel
{
    /// <summary>The id of the new feature.</summary>
    public string FeatureId { get; init; } = "";
}
