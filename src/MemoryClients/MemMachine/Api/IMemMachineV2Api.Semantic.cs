namespace MemoryClients.MemMachine.Api;

// Semantic memory administration: features, set types, sets, categories and tags (self-hosted servers only).
public partial interface IMemMachineV2Api
{
    /// <summary><c>POST /memories/semantic/feature</c>: adds a semantic feature by hand (self-hosted only).</summary>
    Task<MemMachineAddFeatureResponse> AddSemanticFeatureAsync(MemMachineAddFeatureRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/feature/get</c>: reads one semantic feature; 404 when missing (self-hosted only).</summary>
    Task<MemMachineSemanticFeature> GetSemanticFeatureAsync(MemMachineGetFeatureRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/feature/update</c>: changes the given fields of a feature (self-hosted only).</summary>
    Task UpdateSemanticFeatureAsync(MemMachineUpdateFeatureRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_type</c>: creates a semantic set type (self-hosted only).</summary>
    Task<MemMachineCreateSemanticSetTypeResponse> CreateSemanticSetTypeAsync(MemMachineCreateSemanticSetTypeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_type/list</c>: lists the project's set types (self-hosted only).</summary>
    Task<MemMachineListSemanticSetTypesResponse> ListSemanticSetTypesAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_type/delete</c>: deletes a set type (self-hosted only).</summary>
    Task DeleteSemanticSetTypeAsync(MemMachineDeleteSemanticSetTypeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_id/get</c>: finds, or creates, the set for some metadata (self-hosted only).</summary>
    Task<MemMachineGetSemanticSetIdResponse> GetSemanticSetIdAsync(MemMachineGetSemanticSetIdRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_id/list</c>: lists the sets that match some metadata (self-hosted only).</summary>
    Task<MemMachineListSemanticSetIdsResponse> ListSemanticSetIdsAsync(MemMachineListSemanticSetIdsRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set/configure</c>: sets the embedder and language model of a set (self-hosted only).</summary>
    Task ConfigureSemanticSetAsync(MemMachineConfigureSemanticSetRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/get</c>: reads a category; 404 when missing (self-hosted only).</summary>
    Task<MemMachineSemanticCategory> GetSemanticCategoryAsync(MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category</c>: adds a category to a set (self-hosted only).</summary>
    Task<MemMachineAddSemanticCategoryResponse> AddSemanticCategoryAsync(MemMachineAddSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/template</c>: adds a category template to a set type (self-hosted only).</summary>
    Task<MemMachineAddSemanticCategoryResponse> AddSemanticCategoryTemplateAsync(MemMachineAddSemanticCategoryTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/template/list</c>: lists a set type's category templates (self-hosted only).</summary>
    Task<MemMachineListSemanticCategoryTemplatesResponse> ListSemanticCategoryTemplatesAsync(MemMachineListSemanticCategoryTemplatesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/disable</c>: stops one set using a category (self-hosted only).</summary>
    Task DisableSemanticCategoryAsync(MemMachineDisableSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/set_ids/get</c>: lists the sets that use a category (self-hosted only).</summary>
    Task<MemMachineSemanticCategorySetIdsResponse> GetSemanticCategorySetIdsAsync(MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/delete</c>: deletes a category (self-hosted only).</summary>
    Task DeleteSemanticCategoryAsync(MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/tag</c>: adds a tag to a category (self-hosted only).</summary>
    Task<MemMachineAddSemanticTagResponse> AddSemanticTagAsync(MemMachineAddSemanticTagRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/tag/delete</c>: deletes a tag (self-hosted only).</summary>
    Task DeleteSemanticTagAsync(MemMachineDeleteSemanticTagRequest request, CancellationToken cancellationToken = default);
}
