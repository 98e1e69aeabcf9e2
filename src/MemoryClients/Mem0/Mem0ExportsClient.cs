using System.Text.Json.Nodes;
using MemoryClients.Errors;
using MemoryClients.Filters;
using MemoryClients.Mem0.Api;

namespace MemoryClients.Mem0;

/// <summary>Structured memory exports: start one, fetch it, wait until it is ready. Reach it through <see cref="Mem0Client.Exports"/>.</summary>
public class Mem0ExportsClient
{
    private readonly IMem0V1Api _v1;
    private readonly TimeProvider _time;

    /// <summary>For mocking frameworks only.</summary>
    protected Mem0ExportsClient()
    {
        _v1 = null!;
        _time = TimeProvider.System;
    }

    internal Mem0ExportsClient(IMem0V1Api v1, TimeProvider time)
    {
        _v1 = v1;
        _time = time;
    }

    /// <summary>Starts building an export of the memories <paramref name="filters"/> select, shaped by <paramref name="schema"/> (<c>POST /v1/exports/</c>).</summary>
    /// <param name="schema">The JSON Schema of the exported object; sent verbatim.</param>
    /// <param name="filters">Which memories, in the structured form, for example <c>{"AND": [{"user_id": "alice"}]}</c>; sent verbatim.</param>
    /// <param name="instructions">Optional free-text instructions for the export.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The export id to pass to <see cref="GetAsync(string, CancellationToken)"/> or <see cref="WaitForCompletionAsync"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> or <paramref name="filters"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="filters"/> is empty.</exception>
    public virtual Task<Mem0CreateExportResponse> CreateAsync(JsonObject schema, JsonObject filters, string? instructions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
            throw new ArgumentException("The filters must select memories, for example by user_id.", nameof(filters));
        return _v1.CreateExportAsync(new Mem0CreateExportRequest { Schema = schema, Filters = filters, ExportInstructions = instructions }, cancellationToken);
    }

    /// <summary>Starts building an export of the memories a typed filter selects, shaped by <paramref name="schema"/> (<c>POST /v1/exports/</c>).</summary>
    /// <param name="schema">The JSON Schema of the exported object; sent verbatim.</param>
    /// <param name="filter">Which memories; written as Mem0's filter tree.</param>
    /// <param name="instructions">Optional free-text instructions for the export.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="FilterNotSupportedException">The filter uses something Mem0 cannot express.</exception>
    public virtual Task<Mem0CreateExportResponse> CreateAsync(JsonObject schema, MemoryFilter filter, string? instructions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return CreateAsync(schema, filter.ToMem0Filter(), instructions, cancellationToken);
    }

    /// <summary>Returns a finished export by id (<c>POST /v1/exports/get/</c>).</summary>
    /// <param name="exportId">The id <c>CreateAsync</c> returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The exported object, shaped by the export's schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="exportId"/> is empty.</exception>
    /// <exception cref="MemoryNotFoundException">The export is still being built, or does not exist.</exception>
    public virtual Task<JsonObject> GetAsync(string exportId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exportId);
        return _v1.GetExportAsync(new Mem0GetExportRequest { MemoryExportId = exportId }, cancellationToken);
    }

    /// <summary>Returns the latest finished export made with these filters (<c>POST /v1/exports/get/</c>).</summary>
    /// <param name="filters">The filters, for example <c>{"user_id": "alice"}</c>; sent verbatim.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The exported object, shaped by the export's schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filters"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="filters"/> is empty.</exception>
    /// <exception cref="MemoryNotFoundException">No finished export matches.</exception>
    public virtual Task<JsonObject> GetAsync(JsonObject filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
            throw new ArgumentException("The filters must name the export, for example by user_id.", nameof(filters));
        return _v1.GetExportAsync(new Mem0GetExportRequest { Filters = filters }, cancellationToken);
    }

    /// <summary>Returns the latest finished export made with this typed filter (<c>POST /v1/exports/get/</c>).</summary>
    /// <param name="filter">The filter, written as Mem0's filter tree.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="MemoryNotFoundException">No finished export matches.</exception>
    public virtual Task<JsonObject> GetAsync(MemoryFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return GetAsync(filter.ToMem0Filter(), cancellationToken);
    }

    /// <summary>
    /// Polls <c>POST /v1/exports/get/</c> while it answers 404 (the export is still being built) and returns the export once it is ready.
    /// </summary>
    /// <param name="exportId">The id <c>CreateAsync</c> returned.</param>
    /// <param name="pollInterval">The wait between two polls, greater than zero; default 1 second. Measured with the client's <see cref="TimeProvider"/>.</param>
    /// <param name="cancellationToken">Stops waiting. A wrong id also answers 404, so pass a token with a deadline to bound the wait.</param>
    /// <returns>The exported object, shaped by the export's schema.</returns>
    /// <exception cref="ArgumentException"><paramref name="exportId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollInterval"/> is zero or negative.</exception>
    public virtual async Task<JsonObject> WaitForCompletionAsync(string exportId, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exportId);
        var interval = Mem0PlatformGuard.PollInterval(pollInterval, nameof(pollInterval));
        var request = new Mem0GetExportRequest { MemoryExportId = exportId };
        while (true)
        {
            try
            {
                return await _v1.GetExportAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (MemoryNotFoundException)
            {
                // 404 is how the service says "not ready yet".
            }
            await Task.Delay(interval, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
