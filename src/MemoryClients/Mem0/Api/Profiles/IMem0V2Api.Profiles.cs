using Refit;
namespace MemoryClients.Mem0.Api;

public partial interface IMem0V2Api
{
    /// <summary><c>GET /v2/entities/{entity_type}/{entity_id}/profile/</c>: returns an entity's profile and its generation status (beta).</summary>
    /// <param name="entityType">The entity type; <c>user</c> is the only one profiles support today.</param>
    /// <param name="entityId">The entity's id, as memories were added with it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("v2/entities/{entity_type}/{entity_id}/profile/")]
    Task<Mem0Profile> GetProfileAsync([AliasAs("entity_type")] string entityType, [AliasAs("entity_id")] string entityId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v2/profiles/jobs/</c>: starts a profile generation job; the <c>Idempotency-Key</c> header makes a retry return the same job.</summary>
    /// <param name="request">What to generate.</param>
    /// <param name="idempotencyKey">The <c>Idempotency-Key</c> header (8 to 128 characters); reuse it to retry without starting a second job.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("v2/profiles/jobs/"), Idempotent]
    Task<Mem0ProfileJobAccepted> CreateProfileJobAsync([Body] Mem0CreateProfileJobRequest request, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/profiles/jobs/{job_id}/</c>: returns a profile job's progress.</summary>
    /// <param name="jobId">The job id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("v2/profiles/jobs/{job_id}/")]
    Task<Mem0GetProfileJobResponse> GetProfileJobAsync([AliasAs("job_id")] string jobId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v2/profiles/settings/</c>: returns the project's profile settings.</summary>
    [Get("v2/profiles/settings/")]
    Task<Mem0ProfileSettings> GetProfileSettingsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /v2/profiles/settings/</c>: changes the project's profile settings and returns them.</summary>
    /// <param name="request">The settings to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("v2/profiles/settings/"), Idempotent]
    Task<Mem0ProfileSettings> UpdateProfileSettingsAsync([Body] Mem0UpdateProfileSettingsRequest request, CancellationToken cancellationToken = default);
}
