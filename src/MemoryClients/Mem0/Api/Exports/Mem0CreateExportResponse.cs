namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>POST /v1/exports/</c> (201): the export was accepted and is being built.</summary>
public sealed record Mem0CreateExportResponse : ApiModel
{
    /// <summary>The service's message, for example that the export will be ready in a few seconds.</summary>
    public string? Message { get; init; }

    /// <summary>The export id (a UUID), to pass to <c>POST /v1/exports/get/</c> as <c>memory_export_id</c>.</summary>
    public string? Id { get; init; }
}
