using System.Net;
using System.Text;
using MemoryClients.ContractTests.Support;
using MemoryClients.Emulator;

namespace MemoryClients.ContractTests.Harness;

/// <summary>
/// The emulator and the mappings stay independent (the emulator never loads them), but the emulator must accept what the
/// real services accept: every request of a mapping that the service answered with 2xx is sent to an in-process emulator
/// over HTTP, and a validation rejection (400 or 422) fails the test. Answers about state rather than shape are allowed:
/// a 404 for an id the emulator does not hold, and the 400 "Memory … not found." that Mem0's batch endpoints give for one.
/// </summary>
public sealed class EmulatorAcceptanceTests : IAsyncLifetime
{
    private MemoryEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await MemoryEmulator.StartAsync();

    [Fact]
    public async Task The_emulator_accepts_every_request_body_the_real_services_accepted()
    {
        using var http = new HttpClient { BaseAddress = _emulator.BaseAddress };
        var root = Path.Combine(AppContext.BaseDirectory, "Mappings");
        var sent = new Dictionary<string, int>(StringComparer.Ordinal);
        var rejected = new List<string>();
        var accepted = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var file in MappingFile.All(root))
        {
            var provider = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar)[0];
            foreach (var mapping in MappingFile.Read(file).Where(m => m["Response"]!["StatusCode"]!.GetValue<int>() is >= 200 and < 300))
            {
                using var request = ToEmulatorRequest(provider, mapping);
                using var response = await http.SendAsync(request);
                sent[provider] = sent.GetValueOrDefault(provider) + 1;
                var answer = await response.Content.ReadAsStringAsync();
                var title = mapping["Title"]!.GetValue<string>();
                if (response.IsSuccessStatusCode)
                    accepted[provider] = accepted.GetValueOrDefault(provider) + 1;
                else if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity && !IsUnknownId(answer))
                    rejected.Add($"{title}: {(int)response.StatusCode} {answer}");
            }
        }

        sent.Keys.Should().BeEquivalentTo(["mem0", "memmachine"]);
        sent.Values.Should().OnlyContain(n => n > 20, "every accepted request of both providers is sent");
        accepted.Values.Should().HaveCount(2).And.OnlyContain(n => n > 10, "the emulator answered many of them for real, not only with 404");
        rejected.Should().BeEmpty("the emulator must accept every request the real service accepted");
    }

    private static bool IsUnknownId(string answer) =>
        answer.Contains("not found", StringComparison.OrdinalIgnoreCase);

    /// <summary>The mapping's request, moved below the emulator's root for its provider.</summary>
    private static HttpRequestMessage ToEmulatorRequest(string provider, System.Text.Json.Nodes.JsonObject mapping)
    {
        var path = MappingFile.ExpectedPath(mapping);
        var emulatorPath = provider switch
        {
            "mem0" => "mem0" + path,
            // Cloud paths are /v2/..., self-hosted ones /api/v2/...; health sits at the cloud root.
            "memmachine" => path.Contains("/v2/", StringComparison.Ordinal)
                ? "memmachine/v2/" + path[(path.IndexOf("/v2/", StringComparison.Ordinal) + "/v2/".Length)..]
                : "memmachine" + path,
            _ => throw new InvalidDataException($"Unknown provider folder {provider}."),
        };
        var query = MappingFile.ExpectedQuery(mapping);
        var request = new HttpRequestMessage(new HttpMethod(MappingFile.ExpectedMethod(mapping)), emulatorPath + (query.Length > 0 ? "?" + query : ""));
        var headers = MappingFile.ExpectedHeaders(mapping).ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers.Where(h => !h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            request.Headers.TryAddWithoutValidation(name, value);
        // Mem0 always takes a key, and some mappings (a ping made before a project call) do not list the header.
        if (provider == "mem0" && !headers.ContainsKey("Authorization"))
            request.Headers.TryAddWithoutValidation("Authorization", "Token test-key");
        if (MappingFile.ExpectedBody(mapping) is { } body)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString()));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", headers.GetValueOrDefault("Content-Type", "application/json"));
        }
        return request;
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();
}
