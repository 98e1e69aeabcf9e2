using System.Net;
using MemoryClients.Mem0;
using MemoryClients.MemMachine;
using MemoryClients.Tests.Unified;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MemoryClients.Tests.Support;

namespace MemoryClients.Tests.DependencyInjection;

public sealed class DependencyInjectionTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static ServiceProvider Build(Action<IServiceCollection> register, ScriptedHandler handler, string clientName = "MemoryClients.Memory.")
    {
        var services = new ServiceCollection();
        register(services);
        services.AddHttpClient(clientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void Configuration_section_binds_every_setting()
    {
        var config = Config(("Memory:Provider", "MemMachine"), ("Memory:ApiKey", "k"), ("Memory:BaseAddress", "https://mm.example/v2/"),
            ("Memory:ProjectId", "support"), ("Memory:Resilience:MaxRetries", "5"), ("Memory:Resilience:AttemptTimeout", "00:00:07"), ("Memory:LogMemoryContent", "true"));
        using var provider = Build(s => s.AddMemoryClient(config.GetSection("Memory")), new ScriptedHandler());

        var options = provider.GetRequiredService<IOptions<MemoryClientOptions>>().Value;

        options.Provider.Should().Be(MemoryProvider.MemMachine);
        options.BaseAddress.Should().Be(new Uri("https://mm.example/v2/"));
        options.ProjectId.Should().Be("support");
        options.Resilience.MaxRetries.Should().Be(5);
        options.Resilience.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(7));
        options.LogMemoryContent.Should().BeTrue();
    }

    [Fact]
    public async Task IMemoryClient_resolves_as_one_singleton_and_sends_through_the_factory_pipeline()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        using var provider = Build(s => s.AddMemoryClient(o =>
        {
            o.ApiKey = "m0-key";
            o.BaseAddress = new Uri("https://mem0.test/");
        }), handler);

        var client = provider.GetRequiredService<IMemoryClient>();
        client.Should().BeSameAs(provider.GetRequiredService<AsyncMemoryClient>()).And.BeSameAs(provider.GetRequiredService<IMemoryClient>());
        provider.GetRequiredService<MemoryClient>().Mem0.Should().BeSameAs(((AsyncMemoryClient)client).Mem0);

        var hits = await client.SearchAsync("pizza", MemoryScope.ForUser("alice"));

        hits.Should().ContainSingle();
        handler.Requests.Single().Authorization.Should().Be("Token m0-key", "our authentication handler runs in the factory's pipeline");
    }

    [Fact]
    public void The_sync_client_from_di_sends_synchronously()
    {
        var handler = new ScriptedHandler { ForbidAsync = true }.Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        using var provider = Build(s => s.AddMemoryClient(o =>
        {
            o.ApiKey = "m0-key";
            o.BaseAddress = new Uri("https://mem0.test/");
        }), handler);

        provider.GetRequiredService<MemoryClient>().Search("pizza", MemoryScope.ForUser("alice")).Should().ContainSingle();
        handler.AsyncCalls.Should().Be(0);
    }

    [Fact]
    public async Task A_handler_without_a_blocking_send_is_refused_for_the_sync_client_only()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        var asyncOnly = new HeaderHandler();
        using var provider = Build(s => s.AddMemoryClient(o =>
        {
            o.ApiKey = "m0-key";
            o.BaseAddress = new Uri("https://mem0.test/");
        }).AddHttpMessageHandler(() => asyncOnly), handler);

        var resolve = () => provider.GetRequiredService<MemoryClient>();

        resolve.Should().Throw<InvalidOperationException>()
            .WithMessage($"*{typeof(HeaderHandler).FullName}*overrides SendAsync but not Send*Override Send as well*AsyncMemoryClient*");
        (await provider.GetRequiredService<IMemoryClient>().SearchAsync("pizza", MemoryScope.ForUser("alice"))).Should().ContainSingle();
        asyncOnly.Calls.Should().Be(1, "the asynchronous client runs the handler as written");
    }

    [Fact]
    public void A_handler_with_a_blocking_send_runs_on_every_synchronous_call()
    {
        var handler = new ScriptedHandler { ForbidAsync = true }.Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        var both = new BlockingHeaderHandler();
        using var provider = Build(s => s.AddMemoryClient(o =>
        {
            o.ApiKey = "m0-key";
            o.BaseAddress = new Uri("https://mem0.test/");
        }).AddHttpMessageHandler(() => both), handler);

        provider.GetRequiredService<MemoryClient>().Search("pizza", MemoryScope.ForUser("alice")).Should().ContainSingle();

        both.BlockingCalls.Should().Be(1);
        handler.Requests.Single().Headers["X-App"].Should().Be("blocking");
    }

    [Fact]
    public void Missing_key_fails_validation_on_start_with_what_to_set()
    {
        if (Environment.GetEnvironmentVariable("MEM0_API_KEY") is not null)
            return; // The fallback would satisfy the rule on this machine.
        using var provider = Build(s => s.AddMemoryClient(Config(("Memory:Provider", "Mem0")).GetSection("Memory")), new ScriptedHandler());

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("*No Mem0 API key*ApiKey*MEM0_API_KEY*");
    }

    [Fact]
    public void Several_errors_are_reported_together()
    {
        using var provider = Build(s => s.AddMemoryClient(o =>
        {
            o.ApiKey = "k";
            o.ProjectId = "p";
            o.BaseAddress = new Uri("http://mem0.example.com/");
            o.Resilience = new MemoryResilienceOptions { MaxRetries = 50 };
        }), new ScriptedHandler());

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var error = act.Should().Throw<OptionsValidationException>().Which;
        error.Failures.Should().HaveCount(3);
        error.Message.Should().Contain("ProjectId applies to MemMachine only").And.Contain("AllowInsecureHttp").And.Contain("MaxRetries");
    }

    [Fact]
    public void Bad_memmachine_project_id_is_reported_with_the_rule()
    {
        using var provider = Build(s => s.AddMemoryClient(o =>
        {
            o.Provider = MemoryProvider.MemMachine;
            o.ApiKey = "k";
            o.ProjectId = "has space";
        }), new ScriptedHandler());

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("*ProjectId*project_id may contain only letters*");
    }

    [Fact]
    public async Task Keyed_clients_for_several_projects_live_side_by_side()
    {
        var services = new ServiceCollection();
        var mem0Handler = new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.Mem0SearchBody);
        var mmHandler = new ScriptedHandler().Respond(HttpStatusCode.OK, UnifiedTestOptions.MemMachineSearchBody);
        services.AddMemoryClient("support", o =>
        {
            o.ApiKey = "m0";
            o.BaseAddress = new Uri("https://mem0.test/");
        }).ConfigurePrimaryHttpMessageHandler(() => mem0Handler);
        services.AddMemoryClient("sales", Config(("Provider", "MemMachine"), ("ApiKey", "mm"), ("BaseAddress", "https://mm.test/v2/"), ("ProjectId", "sales")))
            .ConfigurePrimaryHttpMessageHandler(() => mmHandler);
        services.AddSingleton<KeyedConsumer>();
        using var provider = services.BuildServiceProvider();

        var consumer = provider.GetRequiredService<KeyedConsumer>();
        consumer.Support.Provider.Should().Be(MemoryProvider.Mem0);
        consumer.Sales.Provider.Should().Be(MemoryProvider.MemMachine);
        provider.GetService<IMemoryClient>().Should().BeNull("only keyed clients were registered");

        await consumer.Sales.SearchAsync("pizza", MemoryScope.ForUser("alice"));
        mmHandler.Requests.Single().Body.Should().Contain("\"project_id\":\"sales\"");
        mem0Handler.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AddMem0Client_returns_a_builder_for_the_caller_s_own_handlers()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"status":"ok","message":"pong","org_id":"o","project_id":"p","user_email":"a@b.c"}""");
        var services = new ServiceCollection();
        var marker = new HeaderHandler();
        services.AddMem0Client(o =>
        {
            o.ApiKey = "m0";
            o.BaseAddress = new Uri("https://mem0.test/");
        }).AddHttpMessageHandler(() => marker).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<Mem0Client>();
        client.Should().BeSameAs(provider.GetRequiredService<Mem0Client>());
        await client.PingAsync();

        marker.Calls.Should().Be(1);
        handler.Requests.Single().Authorization.Should().Be("Token m0");
    }

    [Fact]
    public async Task AddMemMachineClient_supports_keys_and_validation()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"results":[{"uid":"1"}]}""");
        var services = new ServiceCollection();
        services.AddMemMachineClient("eu", o =>
        {
            o.ApiKey = "mm";
            o.BaseAddress = new Uri("https://mm.test/v2/");
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        services.AddMemMachineClient("broken", o => o.OrgId = "org");
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<MemMachineClient>("eu").AddAsync([new MemoryClients.MemMachine.Api.MemMachineMessage { Content = "hi" }]);
        handler.Requests.Single().Authorization.Should().Be("Bearer mm");

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();
        act.Should().Throw<OptionsValidationException>().WithMessage("*MemMachineClientOptions 'broken'*");
    }

    [Fact]
    public async Task AddMem0Client_binds_a_configuration_section_and_sends_with_it()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"status":"ok","message":"pong","org_id":"o","project_id":"p","user_email":"a@b.c"}""");
        var config = Config(("Mem0:ApiKey", "m0-conf"), ("Mem0:BaseAddress", "https://mem0.test/"), ("Mem0:ApplicationId", "concierge"),
            ("Mem0:Resilience:MaxRetries", "1"), ("Mem0:Resilience:AttemptTimeout", "00:00:07"));
        var services = new ServiceCollection();
        services.AddMem0Client(config.GetSection("Mem0")).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<Mem0ClientOptions>>().Value;
        await provider.GetRequiredService<Mem0Client>().PingAsync();

        options.ApplicationId.Should().Be("concierge");
        options.Resilience.MaxRetries.Should().Be(1);
        options.Resilience.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(7));
        var request = handler.Requests.Single();
        request.Uri.Should().Be(new Uri("https://mem0.test/v1/ping/"));
        request.Authorization.Should().Be("Token m0-conf");
        request.Headers["User-Agent"].Should().Contain("concierge");
    }

    [Fact]
    public async Task AddMemMachineClient_binds_a_keyed_configuration_section()
    {
        var handler = new ScriptedHandler().Respond(HttpStatusCode.OK, """{"results":[{"uid":"1"}]}""");
        var config = Config(("MemMachine:Eu:Deployment", "SelfHosted"), ("MemMachine:Eu:BaseAddress", "http://localhost:8080/api/v2/"),
            ("MemMachine:Eu:OrgId", "acme"), ("MemMachine:Eu:ProjectId", "support"));
        var services = new ServiceCollection();
        services.AddMemMachineClient("eu", config.GetSection("MemMachine:Eu")).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        await provider.GetRequiredKeyedService<MemMachineClient>("eu").AddAsync([new MemoryClients.MemMachine.Api.MemMachineMessage { Content = "hi" }]);

        provider.GetService<MemMachineClient>().Should().BeNull("only a keyed client was registered");
        var request = handler.Requests.Single();
        request.Uri.GetLeftPart(UriPartial.Authority).Should().Be("http://localhost:8080");
        request.Body.Should().Contain("\"org_id\":\"acme\"").And.Contain("\"project_id\":\"support\"");
    }

    [Fact]
    public void Configuration_bound_provider_clients_are_validated_on_start_with_what_to_set()
    {
        var services = new ServiceCollection();
        services.AddMemMachineClient("cloud", Config(("MemMachine:ApiKey", "k"), ("MemMachine:OrgId", "acme")).GetSection("MemMachine"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("MemMachineClientOptions 'cloud': OrgId is only sent to self-hosted servers*Remove OrgId*");
    }

    [Fact]
    public void A_configuration_bound_mem0_client_without_a_key_fails_on_start()
    {
        if (Environment.GetEnvironmentVariable("MEM0_API_KEY") is not null)
            return; // The fallback would satisfy the rule on this machine.
        var services = new ServiceCollection();
        services.AddMem0Client(Config(("Mem0:BaseAddress", "https://mem0.test/")).GetSection("Mem0"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("Mem0ClientOptions: No Mem0 API key*ApiKey*MEM0_API_KEY*");
    }

    [Fact]
    public void A_memmachine_base_address_is_checked_on_start()
    {
        var config = Config(("MemMachine:ApiKey", "k"), ("MemMachine:BaseAddress", "http://memmachine.example.com/v2/"));
        var services = new ServiceCollection();
        services.AddMemMachineClient(config.GetSection("MemMachine"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("MemMachineClientOptions: BaseAddress*plain http*AllowInsecureHttp*");
    }

    [Fact]
    public void Api_key_falls_back_to_the_environment_variable_by_provider()
    {
        var options = new MemoryClientOptions { Provider = MemoryProvider.MemMachine, Deployment = MemMachineDeployment.Cloud };
        var name = options.ApiKeyVariable;

        name.Should().Be("MEMMACHINE_API_KEY");
        new MemoryClientOptions().ApiKeyVariable.Should().Be("MEM0_API_KEY");
        if (Environment.GetEnvironmentVariable(name) is null)
            options.Validate().Should().ContainSingle().Which.Should().Contain(name);
    }

    private sealed class KeyedConsumer([FromKeyedServices("support")] IMemoryClient support, [FromKeyedServices("sales")] IMemoryClient sales)
    {
        public IMemoryClient Support { get; } = support;

        public IMemoryClient Sales { get; } = sales;
    }

    private sealed class HeaderHandler : DelegatingHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class BlockingHeaderHandler : DelegatingHandler
    {
        public int BlockingCalls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-App", "async");
            return base.SendAsync(request, cancellationToken);
        }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            BlockingCalls++;
            request.Headers.Add("X-App", "blocking");
            return base.Send(request, cancellationToken);
        }
    }
}
