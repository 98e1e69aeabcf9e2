using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V2Api
{
    internal const string GetProfileRoute = "v2/entities/{0}/{1}/profile/";

    public Task<Mem0Profile> GetProfileAsync(string entityType, string entityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Get, ApiRoute.Expand(GetProfileRoute, entityType, entityId)),
            Mem0JsonContext.Default.Mem0Profile, cancellationToken);
    }

    internal const string CreateProfileJobRoute = "v2/profiles/jobs/";

    public Task<Mem0ProfileJobAccepted> CreateProfileJobAsync(Mem0ProfileJobRequest request, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        // The Idempotency-Key makes the service return the same job for a repeated request, so a retry is safe.
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Post, CreateProfileJobRoute)
                .Header("Idempotency-Key", idempotencyKey)
                .Json(request, Mem0JsonContext.Default.Mem0ProfileJobRequest)
                .AsIdempotent(),
            Mem0JsonContext.Default.Mem0ProfileJobAccepted, cancellationToken);
    }

    internal const string GetProfileJobRoute = "v2/profiles/jobs/{0}/";

    public Task<Mem0ProfileJobStatusResponse> GetProfileJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Get, ApiRoute.Expand(GetProfileJobRoute, jobId)),
            Mem0JsonContext.Default.Mem0ProfileJobStatusResponse, cancellationToken);
    }

    internal const string ProfileSettingsRoute = "v2/profiles/settings/";

    public Task<Mem0ProfileSettings> GetProfileSettingsAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(new ApiRequest(HttpMethod.Get, ProfileSettingsRoute), Mem0JsonContext.Default.Mem0ProfileSettings, cancellationToken);

    public Task<Mem0ProfileSettings> UpdateProfileSettingsAsync(Mem0ProfileSettingsUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Setting values twice leaves the same state, so a retry is safe.
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Post, ProfileSettingsRoute).Json(request, Mem0JsonContext.Default.Mem0ProfileSettingsUpdateRequest).AsIdempotent(),
            Mem0JsonContext.Default.Mem0ProfileSettings, cancellationToken);
    }
}
