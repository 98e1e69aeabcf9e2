using System.Text.Json.Nodes;
using MemoryClients.MemMachine.Api;
using MemoryClients.Validation;

namespace MemoryClients.MemMachine;

/// <summary>
/// Semantic memory administration on a self-hosted MemMachine server: features added and changed by hand, set types,
/// sets and their models, categories, category templates and tags. Reach it through <see cref="MemMachineClient.Semantic"/>.
/// </summary>
/// <remarks>
/// Every method exists on self-hosted servers only: a cloud client refuses it with <see cref="NotSupportedException"/>
/// before any request. Project ids work as in the memory methods (null means the client's default project). Listing
/// and deleting features is on <see cref="MemMachineClient"/> (<see cref="MemMachineClient.ListSemanticAsync"/>,
/// <see cref="MemMachineClient.DeleteSemanticAsync"/>). None of the lists here is paged by the service.
/// </remarks>
public class MemMachineSemanticClient
{
    private readonly IMemMachineV2Api _v2;
    private readonly MemMachineSettings _settings;

    /// <summary>For mocking frameworks only.</summary>
    protected MemMachineSemanticClient()
    {
        _v2 = null!;
        _settings = null!;
    }

    internal MemMachineSemanticClient(IMemMachineV2Api v2, MemMachineSettings settings)
    {
        _v2 = v2;
        _settings = settings;
    }

    /// <summary>Adds a semantic feature by hand (<c>POST /memories/semantic/feature</c>).</summary>
    /// <param name="setId">The semantic set to add it to (from <see cref="GetSetIdAsync"/> or <see cref="MemMachineSemanticFeature.SetId"/>).</param>
    /// <param name="categoryName">The category, such as <c>profile</c>; not blank.</param>
    /// <param name="tag">The tag within the category; not blank.</param>
    /// <param name="feature">The feature name within the tag; not blank.</param>
    /// <param name="value">The remembered value; not blank.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="options">Metadata and the episodes the feature cites.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new feature's id.</returns>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    /// <remarks>Not retried after the service may have acted on it, so a failure never adds the feature twice.</remarks>
    public virtual async Task<string> AddFeatureAsync(string setId, string categoryName, string tag, string feature, string value, string? projectId = null,
        MemMachineAddFeatureOptions? options = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Adding a semantic feature");
        options?.CheckCallSettings(nameof(options));
        var request = new MemMachineAddFeatureRequest(options ?? NoAddFeatureOptions, Id(setId, nameof(setId)), Text(categoryName, nameof(categoryName)),
            Text(tag, nameof(tag)), Text(feature, nameof(feature)), Text(value, nameof(value)))
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            FeatureMetadata = Copy(options?.FeatureMetadata),
            Citations = Ids(options?.Citations, "options.Citations"),
        };
        var response = await _v2.AddSemanticFeatureAsync(request, cancellationToken).ConfigureAwait(false);
        return response.FeatureId;
    }

    /// <summary>Reads one semantic feature (<c>POST /memories/semantic/feature/get</c>).</summary>
    /// <param name="featureId">The feature's id (<c>MemMachineSemanticFeature.Metadata.Id</c>).</param>
    /// <param name="loadCitations">Whether to include the ids of the episodes the feature cites.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Errors.MemoryNotFoundException">The feature does not exist.</exception>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task<MemMachineSemanticFeature> GetFeatureAsync(string featureId, bool loadCitations = false, string? projectId = null,
        CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Reading a semantic feature");
        var request = new MemMachineGetFeatureRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            FeatureId = Id(featureId, nameof(featureId)),
            LoadCitations = loadCitations ? true : null,
        };
        return _v2.GetSemanticFeatureAsync(request, cancellationToken);
    }

    /// <summary>Changes the given fields of a semantic feature (<c>POST /memories/semantic/feature/update</c>); the others stay.</summary>
    /// <param name="featureId">The feature's id (<c>MemMachineSemanticFeature.Metadata.Id</c>).</param>
    /// <param name="options">The changes; at least one field set, and a set text field not blank.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task UpdateFeatureAsync(string featureId, MemMachineUpdateFeatureOptions options, string? projectId = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Updating a semantic feature");
        ArgumentNullException.ThrowIfNull(options);
        options.CheckCallSettings(nameof(options));
        if (options is { CategoryName: null, Tag: null, Feature: null, Value: null, Metadata: null })
            throw new ArgumentException("Set at least one of CategoryName, Tag, Feature, Value and Metadata; an update without changes does nothing.", nameof(options));
        var request = new MemMachineUpdateFeatureRequest(options, Id(featureId, nameof(featureId)))
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            CategoryName = OptionalText(options.CategoryName, "options.CategoryName"),
            Tag = OptionalText(options.Tag, "options.Tag"),
            Feature = OptionalText(options.Feature, "options.Feature"),
            Value = OptionalText(options.Value, "options.Value"),
            Metadata = Copy(options.Metadata, "options.Metadata"),
        };
        return _v2.UpdateSemanticFeatureAsync(request, cancellationToken);
    }

    /// <summary>Creates a semantic set type: a kind of set identified by the values of some metadata keys (<c>POST /memories/semantic/set_type</c>).</summary>
    /// <param name="metadataTags">The metadata keys, such as <c>user_id</c>; at least one, none blank or repeated.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="options">Organisation level, name and description.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new set type's id.</returns>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual async Task<string> CreateSetTypeAsync(IEnumerable<string> metadataTags, string? projectId = null,
        MemMachineCreateSemanticSetTypeOptions? options = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Creating a semantic set type");
        options?.CheckCallSettings(nameof(options));
        var request = new MemMachineCreateSemanticSetTypeRequest(options ?? NoSetTypeOptions, Tags(metadataTags, nameof(metadataTags)))
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            Name = OptionalText(options?.Name, "options.Name"),
            Description = WellFormed(options?.Description, "options.Description"),
        };
        var response = await _v2.CreateSemanticSetTypeAsync(request, cancellationToken).ConfigureAwait(false);
        return response.SetTypeId;
    }

    /// <summary>Lists the project's semantic set types (<c>POST /memories/semantic/set_type/list</c>); not paged.</summary>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual async Task<IReadOnlyList<MemMachineSemanticSetType>> ListSetTypesAsync(string? projectId = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Listing semantic set types");
        var response = await _v2.ListSemanticSetTypesAsync(_settings.Scope(projectId, nameof(projectId)), cancellationToken).ConfigureAwait(false);
        return response.SetTypes;
    }

    /// <summary>Deletes a semantic set type (<c>POST /memories/semantic/set_type/delete</c>).</summary>
    /// <param name="setTypeId">The set type's id.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task DeleteSetTypeAsync(string setTypeId, string? projectId = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Deleting a semantic set type");
        var request = new MemMachineDeleteSemanticSetTypeRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            SetTypeId = Id(setTypeId, nameof(setTypeId)),
        };
        return Errors.EarlierDelete.Succeeded(_v2.DeleteSemanticSetTypeAsync(request, cancellationToken));
    }

    /// <summary>Finds the semantic set for some metadata, creating it when there is none (<c>POST /memories/semantic/set_id/get</c>).</summary>
    /// <param name="metadataTags">The metadata keys that identify the set, such as <c>user_id</c>; at least one, none blank or repeated.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="options">Organisation level and the metadata values, such as <c>{"user_id": "42"}</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The set's id; the same metadata always gives the same set.</returns>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual async Task<string> GetSetIdAsync(IEnumerable<string> metadataTags, string? projectId = null,
        MemMachineGetSemanticSetIdOptions? options = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Finding a semantic set");
        options?.CheckCallSettings(nameof(options));
        var request = new MemMachineGetSemanticSetIdRequest(options ?? NoSetIdOptions, Tags(metadataTags, nameof(metadataTags)))
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            SetMetadata = Copy(options?.SetMetadata),
        };
        var response = await _v2.GetSemanticSetIdAsync(request, cancellationToken).ConfigureAwait(false);
        return response.SetId;
    }

    /// <summary>Lists the semantic sets whose metadata matches (<c>POST /memories/semantic/set_id/list</c>); not paged.</summary>
    /// <param name="setMetadata">Metadata values the sets must have, such as <c>{"user_id": "42"}</c>; null lists every set (a copy is taken).</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual async Task<IReadOnlyList<MemMachineSemanticSet>> ListSetsAsync(JsonObject? setMetadata = null, string? projectId = null,
        CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Listing semantic sets");
        var request = new MemMachineListSemanticSetIdsRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            SetMetadata = Copy(setMetadata),
        };
        var response = await _v2.ListSemanticSetIdsAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Sets;
    }

    /// <summary>Sets the embedder and language model a semantic set uses (<c>POST /memories/semantic/set/configure</c>).</summary>
    /// <param name="setId">The set's id.</param>
    /// <param name="options">The models; at least one set, not blank.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task ConfigureSetAsync(string setId, MemMachineConfigureSemanticSetOptions options, string? projectId = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Configuring a semantic set");
        ArgumentNullException.ThrowIfNull(options);
        options.CheckCallSettings(nameof(options));
        if (options is { EmbedderName: null, LlmName: null })
            throw new ArgumentException("Set EmbedderName, LlmName or both; a configuration without either changes nothing.", nameof(options));
        var request = new MemMachineConfigureSemanticSetRequest(options, Id(setId, nameof(setId)))
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            EmbedderName = OptionalText(options.EmbedderName, "options.EmbedderName"),
            LlmName = OptionalText(options.LlmName, "options.LlmName"),
        };
        return _v2.ConfigureSemanticSetAsync(request, cancellationToken);
    }

    /// <summary>Reads a semantic category (<c>POST /memories/semantic/category/get</c>).</summary>
    /// <param name="categoryId">The category's id.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Errors.MemoryNotFoundException">The category does not exist.</exception>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task<MemMachineSemanticCategory> GetCategoryAsync(string categoryId, string? projectId = null, CancellationToken cancellationToken = default) =>
        _v2.GetSemanticCategoryAsync(Category("Reading a semantic category", categoryId, projectId), cancellationToken);

    /// <summary>Adds a category to a semantic set (<c>POST /memories/semantic/category</c>).</summary>
    /// <param name="setId">The set's id.</param>
    /// <param name="categoryName">The category's name; not blank.</param>
    /// <param name="prompt">What the extractor is told to look for; not blank.</param>
    /// <param name="description">A description; null for none.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new category's id.</returns>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    /// <remarks>Not retried after the service may have acted on it, so a failure never adds the category twice.</remarks>
    public virtual async Task<string> AddCategoryAsync(string setId, string categoryName, string prompt, string? description = null, string? projectId = null,
        CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Adding a semantic category");
        var request = new MemMachineAddSemanticCategoryRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            SetId = Id(setId, nameof(setId)),
            CategoryName = Text(categoryName, nameof(categoryName)),
            Prompt = Text(prompt, nameof(prompt)),
            Description = WellFormed(description, nameof(description)),
        };
        var response = await _v2.AddSemanticCategoryAsync(request, cancellationToken).ConfigureAwait(false);
        return response.CategoryId;
    }

    /// <summary>Adds a category template to a set type, inherited by every set of that type (<c>POST /memories/semantic/category/template</c>).</summary>
    /// <param name="setTypeId">The set type's id.</param>
    /// <param name="categoryName">The category's name; not blank.</param>
    /// <param name="prompt">What the extractor is told to look for; not blank.</param>
    /// <param name="description">A description; null for none.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new category's id.</returns>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    /// <remarks>Not retried after the service may have acted on it, so a failure never adds the template twice.</remarks>
    public virtual async Task<string> AddCategoryTemplateAsync(string setTypeId, string categoryName, string prompt, string? description = null,
        string? projectId = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Adding a semantic category template");
        var request = new MemMachineAddSemanticCategoryTemplateRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            SetTypeId = Id(setTypeId, nameof(setTypeId)),
            CategoryName = Text(categoryName, nameof(categoryName)),
            Prompt = Text(prompt, nameof(prompt)),
            Description = WellFormed(description, nameof(description)),
        };
        var response = await _v2.AddSemanticCategoryTemplateAsync(request, cancellationToken).ConfigureAwait(false);
        return response.CategoryId;
    }

    /// <summary>Lists a set type's category templates (<c>POST /memories/semantic/category/template/list</c>); not paged.</summary>
    /// <param name="setTypeId">The set type's id.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual async Task<IReadOnlyList<MemMachineSemanticCategoryTemplate>> ListCategoryTemplatesAsync(string setTypeId, string? projectId = null,
        CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Listing semantic category templates");
        var request = new MemMachineListSemanticCategoryTemplatesRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            SetTypeId = Id(setTypeId, nameof(setTypeId)),
        };
        var response = await _v2.ListSemanticCategoryTemplatesAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Categories;
    }

    /// <summary>Stops one semantic set using a category, such as one it inherits from its type (<c>POST /memories/semantic/category/disable</c>).</summary>
    /// <param name="setId">The set's id.</param>
    /// <param name="categoryName">The category's name; not blank.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task DisableCategoryAsync(string setId, string categoryName, string? projectId = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Disabling a semantic category");
        var request = new MemMachineDisableSemanticCategoryRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            SetId = Id(setId, nameof(setId)),
            CategoryName = Text(categoryName, nameof(categoryName)),
        };
        return _v2.DisableSemanticCategoryAsync(request, cancellationToken);
    }

    /// <summary>Lists the ids of the semantic sets that use a category (<c>POST /memories/semantic/category/set_ids/get</c>); not paged.</summary>
    /// <param name="categoryId">The category's id.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual async Task<IReadOnlyList<string>> GetCategorySetIdsAsync(string categoryId, string? projectId = null, CancellationToken cancellationToken = default)
    {
        var request = Category("Listing the sets of a semantic category", categoryId, projectId);
        var response = await _v2.GetSemanticCategorySetIdsAsync(request, cancellationToken).ConfigureAwait(false);
        return response.SetIds;
    }

    /// <summary>Deletes a semantic category (<c>POST /memories/semantic/category/delete</c>).</summary>
    /// <param name="categoryId">The category's id.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task DeleteCategoryAsync(string categoryId, string? projectId = null, CancellationToken cancellationToken = default) =>
        Errors.EarlierDelete.Succeeded(_v2.DeleteSemanticCategoryAsync(Category("Deleting a semantic category", categoryId, projectId), cancellationToken));

    /// <summary>Adds a tag to a semantic category (<c>POST /memories/semantic/category/tag</c>).</summary>
    /// <param name="categoryId">The category's id.</param>
    /// <param name="tagName">The tag's name; not blank.</param>
    /// <param name="tagDescription">What the tag covers, for the extractor; not blank.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new tag's id.</returns>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    /// <remarks>Not retried after the service may have acted on it, so a failure never adds the tag twice.</remarks>
    public virtual async Task<string> AddTagAsync(string categoryId, string tagName, string tagDescription, string? projectId = null,
        CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Adding a semantic tag");
        var request = new MemMachineAddSemanticTagRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            CategoryId = Id(categoryId, nameof(categoryId)),
            TagName = Text(tagName, nameof(tagName)),
            TagDescription = Text(tagDescription, nameof(tagDescription)),
        };
        var response = await _v2.AddSemanticTagAsync(request, cancellationToken).ConfigureAwait(false);
        return response.TagId;
    }

    /// <summary>Deletes a semantic tag (<c>POST /memories/semantic/category/tag/delete</c>).</summary>
    /// <param name="tagId">The tag's id.</param>
    /// <param name="projectId">The project; null means the default project.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="NotSupportedException">The client targets the cloud.</exception>
    public virtual Task DeleteTagAsync(string tagId, string? projectId = null, CancellationToken cancellationToken = default)
    {
        _settings.RequireSelfHosted("Deleting a semantic tag");
        var request = new MemMachineDeleteSemanticTagRequest
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            TagId = Id(tagId, nameof(tagId)),
        };
        return Errors.EarlierDelete.Succeeded(_v2.DeleteSemanticTagAsync(request, cancellationToken));
    }

    private static readonly MemMachineAddFeatureOptions NoAddFeatureOptions = new();
    private static readonly MemMachineCreateSemanticSetTypeOptions NoSetTypeOptions = new();
    private static readonly MemMachineGetSemanticSetIdOptions NoSetIdOptions = new();

    private MemMachineSemanticCategoryRequest Category(string operation, string categoryId, string? projectId)
    {
        _settings.RequireSelfHosted(operation);
        return new()
        {
            OrgId = _settings.OrgId,
            ProjectId = _settings.ProjectOrDefault(projectId, nameof(projectId)),
            CategoryId = Id(categoryId, nameof(categoryId)),
        };
    }

    /// <summary>A feature, set, set type, category or tag id: not blank, well-formed, at most <see cref="Argument.MaxIdLength"/> characters.</summary>
    private static string Id(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        WellFormedText.Require(value, paramName);
        return Argument.IdLength(value, paramName);
    }

    /// <summary>A name, value or prompt the service needs: not blank and well-formed.</summary>
    private static string Text(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        WellFormedText.Require(value, paramName);
        return value;
    }

    private static string? OptionalText(string? value, string paramName) => value is null ? null : Text(value, paramName);

    private static string? WellFormed(string? value, string paramName)
    {
        WellFormedText.Require(value, paramName);
        return value;
    }

    /// <summary>Metadata keys: at least one, none blank or repeated (a repeated key names no other set).</summary>
    private static List<string> Tags(IEnumerable<string> tags, string paramName)
    {
        ArgumentNullException.ThrowIfNull(tags, paramName);
        var list = tags.ToList();
        if (list.Count == 0)
            throw new ArgumentException("At least one metadata tag is required.", paramName);
        for (var i = 0; i < list.Count; i++)
        {
            Text(list[i], $"{paramName}[{i}]");
            if (list.IndexOf(list[i]) != i)
                throw new ArgumentException($"Metadata tag '{list[i]}' is repeated.", paramName);
        }
        return list;
    }

    /// <summary>Episode ids a feature cites: a private copy, none blank.</summary>
    private static List<string>? Ids(IReadOnlyList<string>? ids, string paramName)
    {
        if (ids is null)
            return null;
        var list = ids.ToList();
        for (var i = 0; i < list.Count; i++)
            Id(list[i], $"{paramName}[{i}]");
        return list;
    }

    /// <summary>String metadata: a private copy, no null value (the service takes strings only).</summary>
    private static Dictionary<string, string>? Copy(IReadOnlyDictionary<string, string>? metadata, string paramName)
    {
        if (metadata is null)
            return null;
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in metadata)
        {
            ArgumentNullException.ThrowIfNull(value, $"{paramName}[\"{key}\"]");
            WellFormedText.Require(key, paramName);
            WellFormedText.Require(value, paramName);
            copy[key] = value;
        }
        return copy;
    }

    // A private copy, so a caller changing their object later cannot change a request already described.
    private static JsonObject? Copy(JsonObject? value) => value?.DeepClone().AsObject();
}
