using System.Text.Json.Nodes;
using MemoryClients.Mem0.Api;
using MemoryClients.Validation;

namespace MemoryClients.Mem0;

/// <summary>
/// User profiles (Mem0 beta, enabled on request): a structured summary of one user, shaped by a JSON Schema you configure
/// and generated asynchronously. Reach it through <see cref="Mem0Client.Profiles"/>.
/// </summary>
public class Mem0ProfilesClient
{
    private const int MinKeyLength = 8;
    private const int MaxKeyLength = 128;
    private const int MaxSample = 10;
    private readonly IMem0V2Api _v2;

    /// <summary>For mocking frameworks only.</summary>
    protected Mem0ProfilesClient() => _v2 = null!;

    internal Mem0ProfilesClient(IMem0V2Api v2) => _v2 = v2;

    /// <summary>Returns a user's profile and its generation status; check <see cref="Mem0Profile.Status"/> before reading it.</summary>
    /// <param name="userId">The user's id, as memories were added with it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="userId"/> is empty.</exception>
    public virtual Task<Mem0Profile> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        PathSegment.Require(userId, nameof(userId));
        return _v2.GetProfileAsync(Mem0EntityType.User.ToString(), userId, cancellationToken);
    }

    /// <summary>Starts generating one user's profile.</summary>
    /// <param name="userId">The user's id.</param>
    /// <param name="idempotencyKey">
    /// The <c>Idempotency-Key</c> (8 to 128 characters): pass the same key when you retry, and the service returns the first job instead of
    /// starting a second one. Null generates a fresh UUIDv7, which still makes the SDK's own retries safe.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="userId"/> is empty or <paramref name="idempotencyKey"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idempotencyKey"/> is not 8 to 128 characters long.</exception>
    public virtual Task<Mem0ProfileJobAccepted> GenerateAsync(string userId, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var key = IdempotencyKey(idempotencyKey);
        var request = new Mem0CreateProfileJobRequest { Operation = Mem0ProfileOperation.Trigger, EntityType = Mem0EntityType.User, EntityId = userId };
        return _v2.CreateProfileJobAsync(request, key, cancellationToken);
    }

    /// <summary>Generates profiles for a few real users (they are saved and count toward usage), to judge a schema before using it widely.</summary>
    /// <param name="limit">How many users, 1 to 10; null lets the service choose.</param>
    /// <param name="idempotencyKey">The <c>Idempotency-Key</c> (8 to 128 characters); null generates a fresh UUIDv7.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is outside 1..10 or <paramref name="idempotencyKey"/> is not 8 to 128 characters long.</exception>
    /// <exception cref="ArgumentException"><paramref name="idempotencyKey"/> is blank.</exception>
    public virtual Task<Mem0ProfileJobAccepted> SampleAsync(int? limit = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > MaxSample)
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"limit must be between 1 and {MaxSample}.");
        var key = IdempotencyKey(idempotencyKey);
        var request = new Mem0CreateProfileJobRequest { Operation = Mem0ProfileOperation.Sample, EntityType = Mem0EntityType.User, Limit = limit };
        return _v2.CreateProfileJobAsync(request, key, cancellationToken);
    }

    /// <summary>Returns a profile job's progress.</summary>
    /// <param name="jobIdOrStatusUrl">The job id, or the <see cref="Mem0ProfileJobAccepted.StatusUrl"/> a job start returned (only its last path segment is used; the request always goes to the client's base address).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="jobIdOrStatusUrl"/> is empty or names no job.</exception>
    public virtual async Task<Mem0ProfileJob> GetJobAsync(string jobIdOrStatusUrl, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobIdOrStatusUrl);
        var jobId = JobId(jobIdOrStatusUrl);
        var response = await _v2.GetProfileJobAsync(jobId, cancellationToken).ConfigureAwait(false);
        return response.Job ?? throw new InvalidOperationException($"GET /v2/profiles/jobs/{jobId}/ returned no job.");
    }

    /// <summary>Returns the project's profile settings.</summary>
    public virtual Task<Mem0ProfileSettings> GetSettingsAsync(CancellationToken cancellationToken = default) => _v2.GetProfileSettingsAsync(cancellationToken);

    /// <summary>Changes the project's profile settings; what you leave null stays as it is.</summary>
    /// <param name="enabled">Turns profile generation on or off.</param>
    /// <param name="schema">The JSON Schema user profiles follow; property names are sent verbatim.</param>
    /// <param name="customInstructions">Extra instructions for the model that fills profiles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException">Nothing is to change.</exception>
    public virtual Task<Mem0ProfileSettings> UpdateSettingsAsync(bool? enabled = null, JsonObject? schema = null, string? customInstructions = null, CancellationToken cancellationToken = default)
    {
        if (enabled is null && schema is null && customInstructions is null)
            throw new ArgumentException("Give at least one of enabled, schema or customInstructions to update.", nameof(enabled));
        var request = new Mem0UpdateProfileSettingsRequest
        {
            Enabled = enabled,
            Entities = schema is null && customInstructions is null
                ? null
                : new Mem0ProfileEntitySettings { User = new Mem0ProfileUserSettings { Schema = schema, CustomInstructions = customInstructions } },
        };
        return _v2.UpdateProfileSettingsAsync(request, cancellationToken);
    }

    private static string IdempotencyKey(string? idempotencyKey)
    {
        if (idempotencyKey is null)
            return Guid.CreateVersion7().ToString();
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (idempotencyKey.Length is < MinKeyLength or > MaxKeyLength)
            throw new ArgumentOutOfRangeException(nameof(idempotencyKey), idempotencyKey.Length, $"The idempotency key must be {MinKeyLength} to {MaxKeyLength} characters long.");
        return idempotencyKey;
    }

    private static string JobId(string jobIdOrStatusUrl)
    {
        if (!jobIdOrStatusUrl.Contains('/', StringComparison.Ordinal))
            return jobIdOrStatusUrl.Trim();
        var path = jobIdOrStatusUrl.Split('?', '#')[0];
        var last = path.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        return last is null
            ? throw new ArgumentException($"'{jobIdOrStatusUrl}' names no profile job.", nameof(jobIdOrStatusUrl))
            : Uri.UnescapeDataString(last);
    }
}
