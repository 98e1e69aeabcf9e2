namespace MemoryClients.Tests.Unified;

internal static class UnifiedTestOptions
{
    public static MemoryClientOptions Mem0() => new()
    {
        Provider = MemoryProvider.Mem0,
        ApiKey = "m0-secret-key",
        BaseAddress = new Uri("https://mem0.test/"),
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    };

    public static MemoryClientOptions MemMachine() => new()
    {
        Provider = MemoryProvider.MemMachine,
        ApiKey = "mm-secret-key",
        BaseAddress = new Uri("https://memmachine.test/v2/"),
        ProjectId = "support",
        Resilience = new MemoryResilienceOptions { MaxRetries = 0 },
    };

    public const string Mem0SearchBody = """{"results":[{"id":"11111111-1111-1111-1111-111111111111","memory":"Likes pizza","user_id":"alice","score":0.9,"categories":["food"]}]}""";

    public const string MemMachineSearchBody = """
        {"status":0,"content":{"episodic_memory":{"long_term_memory":{"episodes":[{"uid":"7","content":"I like pizza","producer_id":"alice","producer_role":"user","metadata":{"user_id":"alice"},"score":0.8}]},
        "short_term_memory":{"episodes":[{"uid":"7","content":"I like pizza","producer_id":"alice","producer_role":"user"}],"episode_summary":[]}},
        "semantic_memory":[{"category":"profile","tag":"food","feature_name":"likes","value":"pizza","metadata":{"id":"f1","citations":["7"]}}]}}
        """;
}
