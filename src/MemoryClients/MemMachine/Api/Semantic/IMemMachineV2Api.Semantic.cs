using Refit;

namespace MemoryClients.MemMachine.Api;

// Semantic memory administration: features, set types, sets, categories and tags (self-hosted servers only).
public partial interface IMemMachineV2Api
{
    /// <summary><c>POST /memories/semantic/feature</c>: adds a semantic feature by hand (self-hosted only).</summary>
    [Post("memories/semantic/feature")]
    Task<MemMachineAddFeatureResponse> AddSemanticFeatureAsync([Body] MemMachineAddFeatureRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/feature/get</c>: reads one semantic feature; 404 when missing (self-hosted only).</summary>
    [Post("memories/semantic/feature/get"), Idempotent]
    Task<MemMachineSemanticFeature> GetSemanticFeatureAsync([Body] MemMachineGetFeatureRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/feature/update</c>: changes the given fields of a feature (self-hosted only).</summary>
    [Post("memories/semantic/feature/update"), Idempotent]
    Task UpdateSemanticFeatureAsync([Body] MemMachineUpdateFeatureRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_type</c>: creates a semantic set type (self-hosted only).</summary>
    [Post("memories/semantic/set_type")]
    Task<MemMachineCreateSemanticSetTypeResponse> CreateSemanticSetTypeAsync([Body] MemMachineCreateSemanticSetTypeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_type/list</c>: lists the project's set types (self-hosted only).</summary>
    [Post("memories/semantic/set_type/list"), Idempotent]
    Task<MemMachineListSemanticSetTypesResponse> ListSemanticSetTypesAsync([Body] MemMachineProjectScope request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_type/delete</c>: deletes a set type (self-hosted only).</summary>
    [Post("memories/semantic/set_type/delete"), Idempotent]
    Task DeleteSemanticSetTypeAsync([Body] MemMachineDeleteSemanticSetTypeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_id/get</c>: finds, or creates, the set for some metadata (self-hosted only).</summary>
    [Post("memories/semantic/set_id/get"), Idempotent]
    Task<MemMachineGetSemanticSetIdResponse> GetSemanticSetIdAsync([Body] MemMachineGetSemanticSetIdRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set_id/list</c>: lists the sets that match some metadata (self-hosted only).</summary>
    [Post("memories/semantic/set_id/list"), Idempotent]
    Task<MemMachineListSemanticSetIdsResponse> ListSemanticSetIdsAsync([Body] MemMachineListSemanticSetIdsRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/set/configure</c>: sets the embedder and language model of a set (self-hosted only).</summary>
    [Post("memories/semantic/set/configure"), Idempotent]
    Task ConfigureSemanticSetAsync([Body] MemMachineConfigureSemanticSetRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/get</c>: reads a category; 404 when missing (self-hosted only).</summary>
    [Post("memories/semantic/category/get"), Idempotent]
    Task<MemMachineSemanticCategory> GetSemanticCategoryAsync([Body] MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category</c>: adds a category to a set (self-hosted only).</summary>
    [Post("memories/semantic/category")]
    Task<MemMachineAddSemanticCategoryResponse> AddSemanticCategoryAsync([Body] MemMachineAddSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/template</c>: adds a category template to a set type (self-hosted only).</summary>
    [Post("memories/semantic/category/template")]
    Task<MemMachineAddSemanticCategoryResponse> AddSemanticCategoryTemplateAsync([Body] MemMachineAddSemanticCategoryTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/template/list</c>: lists a set type's category templates (self-hosted only).</summary>
    [Post("memories/semantic/category/template/list"), Idempotent]
    Task<MemMachineListSemanticCategoryTemplatesResponse> ListSemanticCategoryTemplatesAsync([Body] MemMachineListSemanticCategoryTemplatesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/disable</c>: stops one set using a category (self-hosted only).</summary>
    [Post("memories/semantic/category/disable"), Idempotent]
    Task DisableSemanticCategoryAsync([Body] MemMachineDisableSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/set_ids/get</c>: lists the sets that use a category (self-hosted only).</summary>
    [Post("memories/semantic/category/set_ids/get"), Idempotent]
    Task<MemMachineGetSemanticCategorySetIdsResponse> GetSemanticCategorySetIdsAsync([Body] MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/delete</c>: deletes a category (self-hosted only).</summary>
    [Post("memories/semantic/category/delete"), Idempotent]
    Task DeleteSemanticCategoryAsync([Body] MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/tag</c>: adds a tag to a category (self-hosted only).</summary>
    [Post("memories/semantic/category/tag")]
    Task<MemMachineAddSemanticTagResponse> AddSemanticTagAsync([Body] MemMachineAddSemanticTagRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /memories/semantic/category/tag/delete</c>: deletes a tag (self-hosted only).</summary>
    [Post("memories/semantic/category/tag/delete"), Idempotent]
    Task DeleteSemanticTagAsync([Body] MemMachineDeleteSemanticTagRequest request, CancellationToken cancellationToken = default);
}
