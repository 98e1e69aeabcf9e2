using System.Globalization;
using System.Text;
using MemoryClients.Emulator.Http;
using MemoryClients.Emulator.Logging;
using Microsoft.AspNetCore.WebUtilities;

namespace MemoryClients.Emulator.Faults;

/// <summary>Applies the fault chosen for a request (from its header, else from the rules) around the real route.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector injector)
{
    private static readonly TimeSpan MidBodyPause = TimeSpan.FromMilliseconds(300);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var method = request.Method;
        var path = request.Path.Value ?? "";
        var service = ServiceKinds.FromPath(request.Path);

        FaultSpec? spec = null;
        var header = request.Headers[FaultInjector.HeaderName].ToString();
        if (header.Length > 0)
        {
            if (!FaultSpec.TryParse(header, out var parsed, out var error))
            {
                await ServiceKinds.Error(service, StatusCodes.Status400BadRequest, $"Invalid {FaultInjector.HeaderName} header: {error}")
                    .ExecuteAsync(context);
                return;
            }
            if (injector.ConsumeHeaderUse(method, path, header, parsed!)) spec = parsed;
        }
        spec ??= injector.MatchRule(method, path);
        if (spec is null)
        {
            await next(context);
            return;
        }

        if (context.Items[RequestLogMiddleware.EntryKey] is RequestLogEntry entry) entry.Fault = spec.ToString();
        if (spec.Latency > TimeSpan.Zero) await Task.Delay(spec.Latency, context.RequestAborted);

        switch (spec.Abort)
        {
            case FaultAbort.BeforeResponse:
                Reset(context);
                return;
            case FaultAbort.AfterProcessing:
                await CaptureAsync(context);
                Reset(context);
                return;
        }

        var needsBody = spec.ReplacesResponse || spec.Truncate || spec.Abort == FaultAbort.MidBody;
        if (!needsBody)
        {
            AddRetryAfter(context.Response, spec);
            await next(context);
            return;
        }

        if (spec.ReplacesResponse && spec.Processed) await CaptureAsync(context);
        var bytes = spec.ReplacesResponse ? Synthesize(context.Response, service, spec) : await CaptureAsync(context);
        AddRetryAfter(context.Response, spec);
        var response = context.Response;
        if (spec.Truncate)
        {
            var half = bytes.Length / 2;
            response.ContentLength = half;
            await response.Body.WriteAsync(bytes.AsMemory(0, half), context.RequestAborted);
            return;
        }
        if (spec.Abort == FaultAbort.MidBody)
        {
            response.ContentLength = bytes.Length;
            await response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            // Give the client time to read the headers and the first half: a reset can discard unread data.
            await Task.Delay(MidBodyPause, context.RequestAborted);
            context.Abort();
            return;
        }
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Runs the real route into a buffer, leaving its status and headers on the response.</summary>
    private static void Reset(HttpContext context)
    {
        context.Items[RequestLogMiddleware.ResetKey] = true;
        context.Abort();
    }

    private async Task<byte[]> CaptureAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        return buffer.ToArray();
    }

    private static byte[] Synthesize(HttpResponse response, ServiceKind service, FaultSpec spec)
    {
        var status = spec.Status ?? StatusCodes.Status502BadGateway;
        response.StatusCode = status;
        if (spec.Html)
        {
            var title = string.Create(CultureInfo.InvariantCulture, $"{status} {ReasonPhrases.GetReasonPhrase(status)}");
            response.ContentType = "text/html; charset=utf-8";
            return Encoding.UTF8.GetBytes(
                $"<!DOCTYPE html>\n<html>\n<head><title>{title}</title></head>\n<body>\n<center><h1>{title}</h1></center>\n" +
                "<hr><center>memory-emulator (injected fault)</center>\n</body>\n</html>\n");
        }
        response.ContentType = "application/json";
        return Json.Serialize(ServiceKinds.ErrorBody(service, status, Message(service, status, spec)));
    }

    private static string Message(ServiceKind service, int status, FaultSpec spec) => status switch
    {
        429 when service == ServiceKind.Mem0 && spec.RetryAfter is { } retry =>
            string.Create(CultureInfo.InvariantCulture, $"Request was throttled. Expected available in {(long)retry.TotalSeconds} seconds."),
        429 when service == ServiceKind.Mem0 => "Request was throttled.",
        429 => "Rate limit exceeded",
        500 => "Internal server error",
        502 => "Bad gateway",
        503 => "Service temporarily unavailable",
        504 => "Gateway timeout",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };

    private static void AddRetryAfter(HttpResponse response, FaultSpec spec)
    {
        if (spec.RetryAfter is not { } retry) return;
        response.Headers.RetryAfter = spec.RetryAfterAsDate
            ? DateTimeOffset.UtcNow.Add(retry).ToString("R", CultureInfo.InvariantCulture)
            : ((long)retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }
}
