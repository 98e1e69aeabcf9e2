using MemoryClients.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace MemoryClients.Tests.Reliability;

/// <summary>The dependency-injection pipeline's own socket handler: redirects off, connections closed with the container.</summary>
public sealed class DependencyInjectionTransportTests
{
    private static ServiceProvider Build(FaultServer server)
    {
        var services = new ServiceCollection();
        services.AddMemoryClient(o =>
        {
            var template = FaultMatrixTests.Options(MemoryProvider.Mem0, server.Port);
            o.Provider = template.Provider;
            o.ApiKey = template.ApiKey;
            o.BaseAddress = template.BaseAddress;
            o.Resilience = template.Resilience;
        });
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_redirect_is_not_followed_through_dependency_injection()
    {
        await using var server = new FaultServer(new FaultCase(Fault.Redirect, 307));
        await using var provider = Build(server);

        var act = () => provider.GetRequiredService<IMemoryClient>().SearchAsync("tea", MemoryScope.ForUser("alice"));

        var error = (await act.Should().ThrowAsync<MemoryRedirectException>()).Which;
        error.Location!.Host.Should().Be("elsewhere.example");
        error.Message.Should().Contain("elsewhere.example");
        server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Disposing_the_container_closes_its_connections()
    {
        await using var server = new FaultServer(new FaultCase(Fault.Ok)) { Respond = _ => """{"results":[]}""" };
        var provider = Build(server);
        await provider.GetRequiredService<IMemoryClient>().SearchAsync("tea", MemoryScope.ForUser("alice"));
        server.OpenConnections.Should().Be(1, "the pooled connection stays open while the container lives");

        await provider.DisposeAsync();

        // Bounded polling: without the fix the connection stays open for the factory's two-minute handler lifetime.
        for (var i = 0; i < 500 && server.OpenConnections > 0; i++)
            await Task.Delay(20);
        server.OpenConnections.Should().Be(0);
    }
}
