namespace MemoryClients.MemMachine.Api;

// Semantic memory administration (self-hosted servers only). Creates are not retried; reads, deletes and updates are.
internal sealed partial class MemMachineV2Api
{
    internal const string AddFeatureRoute = "memories/semantic/feature";

    public Task<MemMachineAddFeatureResponse> AddSemanticFeatureAsync(MemMachineAddFeatureRequest request, CancellationToken cancellationToken = default) =>
        Post(AddFeatureRoute, request, MemMachineJsonContext.Default.MemMachineAddFeatureRequest, MemMachineJsonContext.Default.MemMachineAddFeatureResponse, idempotent: false, cancellationToken);

    internal const string GetFeatureRoute = "memories/semantic/feature/get";

    public Task<MemMachineSemanticFeature> GetSemanticFeatureAsync(MemMachineGetFeatureRequest request, CancellationToken cancellationToken = default) =>
        Post(GetFeatureRoute, request, MemMachineJsonContext.Default.MemMachineGetFeatureRequest, MemMachineJsonContext.Default.MemMachineSemanticFeature, idempotent: true, cancellationToken);

    internal const string UpdateFeatureRoute = "memories/semantic/feature/update";

    public Task UpdateSemanticFeatureAsync(MemMachineUpdateFeatureRequest request, CancellationToken cancellationToken = default) =>
        Post(UpdateFeatureRoute, request, MemMachineJsonContext.Default.MemMachineUpdateFeatureRequest, cancellationToken);

    internal const string CreateSetTypeRoute = "memories/semantic/set_type";

    public Task<MemMachineCreateSemanticSetTypeResponse> CreateSemanticSetTypeAsync(MemMachineCreateSemanticSetTypeRequest request, CancellationToken cancellationToken = default) =>
        Post(CreateSetTypeRoute, request, MemMachineJsonContext.Default.MemMachineCreateSemanticSetTypeRequest, MemMachineJsonContext.Default.MemMachineCreateSemanticSetTypeResponse, idempotent: false, cancellationToken);

    internal const string ListSetTypesRoute = "memories/semantic/set_type/list";

    public Task<MemMachineListSemanticSetTypesResponse> ListSemanticSetTypesAsync(MemMachineProjectScope request, CancellationToken cancellationToken = default) =>
        Post(ListSetTypesRoute, request, MemMachineJsonContext.Default.MemMachineProjectScope, MemMachineJsonContext.Default.MemMachineListSemanticSetTypesResponse, idempotent: true, cancellationToken);

    internal const string DeleteSetTypeRoute = "memories/semantic/set_type/delete";

    public Task DeleteSemanticSetTypeAsync(MemMachineDeleteSemanticSetTypeRequest request, CancellationToken cancellationToken = default) =>
        Post(DeleteSetTypeRoute, request, MemMachineJsonContext.Default.MemMachineDeleteSemanticSetTypeRequest, cancellationToken);

    internal const string GetSetIdRoute = "memories/semantic/set_id/get";

    // Get-or-create, but the same metadata always yields the same set, so a retry is harmless.
    public Task<MemMachineGetSemanticSetIdResponse> GetSemanticSetIdAsync(MemMachineGetSemanticSetIdRequest request, CancellationToken cancellationToken = default) =>
        Post(GetSetIdRoute, request, MemMachineJsonContext.Default.MemMachineGetSemanticSetIdRequest, MemMachineJsonContext.Default.MemMachineGetSemanticSetIdResponse, idempotent: true, cancellationToken);

    internal const string ListSetIdsRoute = "memories/semantic/set_id/list";

    public Task<MemMachineListSemanticSetIdsResponse> ListSemanticSetIdsAsync(MemMachineListSemanticSetIdsRequest request, CancellationToken cancellationToken = default) =>
        Post(ListSetIdsRoute, request, MemMachineJsonContext.Default.MemMachineListSemanticSetIdsRequest, MemMachineJsonContext.Default.MemMachineListSemanticSetIdsResponse, idempotent: true, cancellationToken);

    internal const string ConfigureSetRoute = "memories/semantic/set/configure";

    public Task ConfigureSemanticSetAsync(MemMachineConfigureSemanticSetRequest request, CancellationToken cancellationToken = default) =>
        Post(ConfigureSetRoute, request, MemMachineJsonContext.Default.MemMachineConfigureSemanticSetRequest, cancellationToken);

    internal const string GetCategoryRoute = "memories/semantic/category/get";

    public Task<MemMachineSemanticCategory> GetSemanticCategoryAsync(MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default) =>
        Post(GetCategoryRoute, request, MemMachineJsonContext.Default.MemMachineSemanticCategoryRequest, MemMachineJsonContext.Default.MemMachineSemanticCategory, idempotent: true, cancellationToken);

    internal const string AddCategoryRoute = "memories/semantic/category";

    public Task<MemMachineAddSemanticCategoryResponse> AddSemanticCategoryAsync(MemMachineAddSemanticCategoryRequest request, CancellationToken cancellationToken = default) =>
        Post(AddCategoryRoute, request, MemMachineJsonContext.Default.MemMachineAddSemanticCategoryRequest, MemMachineJsonContext.Default.MemMachineAddSemanticCategoryResponse, idempotent: false, cancellationToken);

    internal const string AddCategoryTemplateRoute = "memories/semantic/category/template";

    public Task<MemMachineAddSemanticCategoryResponse> AddSemanticCategoryTemplateAsync(MemMachineAddSemanticCategoryTemplateRequest request, CancellationToken cancellationToken = default) =>
        Post(AddCategoryTemplateRoute, request, MemMachineJsonContext.Default.MemMachineAddSemanticCategoryTemplateRequest, MemMachineJsonContext.Default.MemMachineAddSemanticCategoryResponse, idempotent: false, cancellationToken);

    internal const string ListCategoryTemplatesRoute = "memories/semantic/category/template/list";

    public Task<MemMachineListSemanticCategoryTemplatesResponse> ListSemanticCategoryTemplatesAsync(MemMachineListSemanticCategoryTemplatesRequest request, CancellationToken cancellationToken = default) =>
        Post(ListCategoryTemplatesRoute, request, MemMachineJsonContext.Default.MemMachineListSemanticCategoryTemplatesRequest, MemMachineJsonContext.Default.MemMachineListSemanticCategoryTemplatesResponse, idempotent: true, cancellationToken);

    internal const string DisableCategoryRoute = "memories/semantic/category/disable";

    public Task DisableSemanticCategoryAsync(MemMachineDisableSemanticCategoryRequest request, CancellationToken cancellationToken = default) =>
        Post(DisableCategoryRoute, request, MemMachineJsonContext.Default.MemMachineDisableSemanticCategoryRequest, cancellationToken);

    internal const string CategorySetIdsRoute = "memories/semantic/category/set_ids/get";

    public Task<MemMachineSemanticCategorySetIdsResponse> GetSemanticCategorySetIdsAsync(MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default) =>
        Post(CategorySetIdsRoute, request, MemMachineJsonContext.Default.MemMachineSemanticCategoryRequest, MemMachineJsonContext.Default.MemMachineSemanticCategorySetIdsResponse, idempotent: true, cancellationToken);

    internal const string DeleteCategoryRoute = "memories/semantic/category/delete";

    public Task DeleteSemanticCategoryAsync(MemMachineSemanticCategoryRequest request, CancellationToken cancellationToken = default) =>
        Post(DeleteCategoryRoute, request, MemMachineJsonContext.Default.MemMachineSemanticCategoryRequest, cancellationToken);

    internal const string AddTagRoute = "memories/semantic/category/tag";

    public Task<MemMachineAddSemanticTagResponse> AddSemanticTagAsync(MemMachineAddSemanticTagRequest request, CancellationToken cancellationToken = default) =>
        Post(AddTagRoute, request, MemMachineJsonContext.Default.MemMachineAddSemanticTagRequest, MemMachineJsonContext.Default.MemMachineAddSemanticTagResponse, idempotent: false, cancellationToken);

    internal const string DeleteTagRoute = "memories/semantic/category/tag/delete";

    public Task DeleteSemanticTagAsync(MemMachineDeleteSemanticTagRequest request, CancellationToken cancellationToken = default) =>
        Post(DeleteTagRoute, request, MemMachineJsonContext.Default.MemMachineDeleteSemanticTagRequest, cancellationToken);
}
