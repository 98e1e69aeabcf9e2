namespace MemoryClients.Emulator.Http;

/// <summary>Answers 403, in the service's error shape, to a request whose <c>Host</c> or <c>Origin</c> the filter refuses.</summary>
internal sealed class HostFilterMiddleware(RequestDelegate next, HostFilter filter)
{
    public Task InvokeAsync(HttpContext context) => filter.Refusal(context.Request) is { } refusal
        ? ServiceKinds.Error(ServiceKinds.FromPath(context.Request.Path), StatusCodes.Status403Forbidden, refusal).ExecuteAsync(context)
        : next(context);
}
