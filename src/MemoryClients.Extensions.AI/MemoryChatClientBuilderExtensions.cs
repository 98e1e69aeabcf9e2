using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace MemoryClients.Extensions.AI;

/// <summary>Adds <see cref="MemoryChatClient"/> to a chat pipeline.</summary>
public static class MemoryChatClientBuilderExtensions
{
    /// <summary>
    /// Adds long-term memory to the pipeline: recall before each call, store after each successful response. Call it
    /// before <c>UseFunctionInvocation</c> so a turn with tool calls recalls and stores once.
    /// </summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="scopeResolver">Whose memories a request uses, for example from <c>ChatOptions.AdditionalProperties</c> or the signed-in user; null skips memory for that request.</param>
    /// <param name="memoryClient">The memory service; null takes the <see cref="IMemoryClient"/> registered in the service provider.</param>
    /// <param name="configure">Changes the default <see cref="ChatMemoryOptions"/>.</param>
    /// <param name="loggerFactory">Creates the middleware's logger; null takes the registered <see cref="ILoggerFactory"/>, if any.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><code>
    /// IChatClient chat = new ChatClientBuilder(model)
    ///     .UseMemory(options => MemoryScope.ForUser(currentUser.Id), memoryClient, o => o.TopK = 5)
    ///     .UseFunctionInvocation()
    ///     .Build();
    /// </code></example>
    public static ChatClientBuilder UseMemory(
        this ChatClientBuilder builder,
        Func<ChatOptions?, MemoryScope?> scopeResolver,
        IMemoryClient? memoryClient = null,
        Action<ChatMemoryOptions>? configure = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(scopeResolver);
        return builder.Use((inner, services) =>
        {
            var client = memoryClient
                ?? services.GetService(typeof(IMemoryClient)) as IMemoryClient
                ?? throw new InvalidOperationException("UseMemory needs an IMemoryClient: pass one, or register one with AddMemoryClient.");
            var options = new ChatMemoryOptions();
            configure?.Invoke(options);
            var factory = loggerFactory ?? services.GetService(typeof(ILoggerFactory)) as ILoggerFactory;
            return new MemoryChatClient(inner, client, scopeResolver, options, factory?.CreateLogger<MemoryChatClient>());
        });
    }
}
