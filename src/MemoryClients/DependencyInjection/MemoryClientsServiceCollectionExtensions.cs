using System.Diagnostics.CodeAnalysis;
using MemoryClients;
using MemoryClients.DependencyInjection;
using MemoryClients.Http;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the memory clients with dependency injection: options bound from configuration and validated on start,
/// <see cref="IHttpClientFactory"/> handlers, and keyed registrations for several projects side by side.
/// </summary>
/// <remarks>
/// Lifetimes: the clients are singletons. They hold no <see cref="HttpClient"/>: every request takes a fresh one from
/// <see cref="IHttpClientFactory"/>, whose pooled handlers rotate, so sockets are reused without going stale (no
/// exhaustion, DNS changes are seen) and no transient object is captured by a singleton. The returned
/// <see cref="IHttpClientBuilder"/> is the named client behind them: add your own handlers to it (they run on every try,
/// inside our retry and after our authentication).
/// </remarks>
public static class MemoryClientsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IMemoryClient"/>, <see cref="AsyncMemoryClient"/> and <see cref="MemoryClient"/> bound to a configuration section (e.g. <c>"Memory"</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="MemoryClientOptions"/>.</param>
    public static IHttpClientBuilder AddMemoryClient(this IServiceCollection services, IConfiguration configuration) =>
        AddMemoryClient(services, global::Microsoft.Extensions.Options.Options.DefaultName, configuration);

    /// <summary>Registers <see cref="IMemoryClient"/>, <see cref="AsyncMemoryClient"/> and <see cref="MemoryClient"/> configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddMemoryClient(this IServiceCollection services, Action<MemoryClientOptions> configure) =>
        AddMemoryClient(services, global::Microsoft.Extensions.Options.Options.DefaultName, configure);

    /// <summary>Registers keyed clients named <paramref name="name"/> (resolve with <c>[FromKeyedServices(name)]</c>), bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configuration">The section holding <see cref="MemoryClientOptions"/>.</param>
    public static IHttpClientBuilder AddMemoryClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // TimeProvider is an object set in code (or left as the system clock): the binder skips it (SYSLIB1100/1101 are silenced in the project file).
        return AddMemoryClientCore(services, name, builder => builder.Bind(configuration));
    }

    /// <summary>Registers keyed clients named <paramref name="name"/> (resolve with <c>[FromKeyedServices(name)]</c>), configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddMemoryClient(this IServiceCollection services, string name, Action<MemoryClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddMemoryClientCore(services, name, builder => builder.Configure(configure));
    }

    /// <summary>Registers a <see cref="Mem0Client"/> bound to a configuration section (e.g. <c>"Mem0"</c>), validated on start.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="Mem0ClientOptions"/>.</param>
    public static IHttpClientBuilder AddMem0Client(this IServiceCollection services, IConfiguration configuration) =>
        AddMem0Client(services, global::Microsoft.Extensions.Options.Options.DefaultName, configuration);

    /// <summary>Registers a keyed <see cref="Mem0Client"/> named <paramref name="name"/>, bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configuration">The section holding <see cref="Mem0ClientOptions"/>.</param>
    public static IHttpClientBuilder AddMem0Client(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddProviderClient<Mem0ClientOptions, Mem0Client>(services, name, builder => builder.Bind(configuration), Mem0);
    }

    /// <summary>Registers a <see cref="Mem0Client"/> configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddMem0Client(this IServiceCollection services, Action<Mem0ClientOptions> configure) =>
        AddMem0Client(services, global::Microsoft.Extensions.Options.Options.DefaultName, configure);

    /// <summary>Registers a keyed <see cref="Mem0Client"/> named <paramref name="name"/>, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddMem0Client(this IServiceCollection services, string name, Action<Mem0ClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddProviderClient<Mem0ClientOptions, Mem0Client>(services, name, builder => builder.Configure(configure), Mem0);
    }

    /// <summary>Registers a <see cref="MemMachineClient"/> bound to a configuration section (e.g. <c>"MemMachine"</c>), validated on start.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="MemMachineClientOptions"/>.</param>
    public static IHttpClientBuilder AddMemMachineClient(this IServiceCollection services, IConfiguration configuration) =>
        AddMemMachineClient(services, global::Microsoft.Extensions.Options.Options.DefaultName, configuration);

    /// <summary>Registers a keyed <see cref="MemMachineClient"/> named <paramref name="name"/>, bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configuration">The section holding <see cref="MemMachineClientOptions"/>.</param>
    public static IHttpClientBuilder AddMemMachineClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddProviderClient<MemMachineClientOptions, MemMachineClient>(services, name, builder => builder.Bind(configuration), MemMachine);
    }

    /// <summary>Registers a <see cref="MemMachineClient"/> configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddMemMachineClient(this IServiceCollection services, Action<MemMachineClientOptions> configure) =>
        AddMemMachineClient(services, global::Microsoft.Extensions.Options.Options.DefaultName, configure);

    /// <summary>Registers a keyed <see cref="MemMachineClient"/> named <paramref name="name"/>, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configure">Sets the options.</param>
    public static IHttpClientBuilder AddMemMachineClient(this IServiceCollection services, string name, Action<MemMachineClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddProviderClient<MemMachineClientOptions, MemMachineClient>(services, name, builder => builder.Configure(configure), MemMachine);
    }

    private static Mem0Client Mem0(Mem0ClientOptions options, ApiTransport transport) => new(transport);

    private static MemMachineClient MemMachine(MemMachineClientOptions options, ApiTransport transport) => new(transport, options.ResolveSettings());

    private static IHttpClientBuilder AddMemoryClientCore(IServiceCollection services, string name, Action<OptionsBuilder<MemoryClientOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        var options = services.AddOptions<MemoryClientOptions>(name);
        configure(options);
        options.PostConfigure<ILoggerFactory>(static (o, loggers) => o.LoggerFactory ??= loggers).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MemoryClientOptions>, MemoryClientOptionsValidator>());

        var clientName = "MemoryClients.Memory." + name;
        var http = AddHttpPipeline(services, clientName, sp => sp.GetRequiredService<IOptionsMonitor<MemoryClientOptions>>().Get(name).ToProviderOptions());

        Register(services, name, sp =>
        {
            var o = sp.GetRequiredService<IOptionsMonitor<MemoryClientOptions>>().Get(name);
            var provider = o.ToProviderOptions();
            var backend = provider.CreateBackend(Transport(sp, clientName, provider));
            return new AsyncMemoryClient(MemoryOperations.Over(backend, o, o.LoggerFactory));
        });
        Register<IMemoryClient>(services, name, sp => Resolve<AsyncMemoryClient>(sp, name));
        // The synchronous twin is a second view of the asynchronous client's operations; the container disposes them once.
        Register(services, name, sp =>
        {
            BlockingSupport.Check(sp.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(clientName), clientName);
            return new MemoryClient(Resolve<AsyncMemoryClient>(sp, name).Operations.Shared());
        });
        return http;
    }

    private static IHttpClientBuilder AddProviderClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions, TClient>(IServiceCollection services, string name,
        Action<OptionsBuilder<TOptions>> configure, Func<TOptions, ApiTransport, TClient> create)
        where TOptions : ServiceClientOptions
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        var options = services.AddOptions<TOptions>(name);
        configure(options);
        options.PostConfigure<ILoggerFactory>(static (o, loggers) => o.LoggerFactory ??= loggers).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Mem0ClientOptions>, ServiceClientOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MemMachineClientOptions>, ServiceClientOptionsValidator>());

        var clientName = $"MemoryClients.{typeof(TClient).Name}.{name}";
        var http = AddHttpPipeline(services, clientName, sp => sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name));
        Register(services, name, sp =>
        {
            var o = sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);
            return create(o, Transport(sp, clientName, o));
        });
        return http;
    }

    /// <summary>
    /// The named client: no overall timeout (ours bounds each call), the SDK's telemetry, resilience and authentication
    /// handlers, redirects off, and the ecosystem's resilience handlers composed with ours (<see cref="EcosystemResilience"/>).
    /// </summary>
    private static IHttpClientBuilder AddHttpPipeline(IServiceCollection services, string clientName, Func<IServiceProvider, ServiceClientOptions> settings)
    {
        services.TryAddSingleton<SocketHandlers>();
        // Post-configured, so it runs after every handler the app adds, whenever the factory builds this client's chain.
        services.PostConfigure<HttpClientFactoryOptions>(clientName, factory =>
            factory.HttpMessageHandlerBuilderActions.Add(builder => EcosystemResilience.Compose(builder.AdditionalHandlers, clientName)));
        return services.AddHttpClient(clientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // Redirects are never followed (see MemoryRedirectException); the factory's default handler would follow them.
            .ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<SocketHandlers>().Create())
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var options = settings(sp);
                var (telemetry, resilience, authentication) = ApiTransport.Handlers(options, options.ResolveApiKey);
                handlers.Add(telemetry);
                handlers.Add(resilience);
                handlers.Add(authentication);
            });
    }

    /// <summary>
    /// The transport of a client registered here: every request takes a fresh <see cref="HttpClient"/> from the factory. The
    /// chain is built once now, so a misplaced resilience handler stops the client from being created at all.
    /// </summary>
    private static ApiTransport Transport(IServiceProvider services, string clientName, ServiceClientOptions options)
    {
        services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(clientName);
        var factory = services.GetRequiredService<IHttpClientFactory>();
        return ApiTransport.Over(new ForwardingHandler(() => factory.CreateClient(clientName)), options);
    }

    private static void Register<T>(IServiceCollection services, string name, Func<IServiceProvider, T> create)
        where T : class
    {
        if (name == global::Microsoft.Extensions.Options.Options.DefaultName)
            services.AddSingleton(create);
        else
            services.AddKeyedSingleton(name, (sp, _) => create(sp));
    }

    private static T Resolve<T>(IServiceProvider services, string name)
        where T : notnull =>
        name == global::Microsoft.Extensions.Options.Options.DefaultName ? services.GetRequiredService<T>() : services.GetRequiredKeyedService<T>(name);
}
