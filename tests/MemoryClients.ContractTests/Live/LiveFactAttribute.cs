using MemoryClients.ContractTests.Support;

namespace MemoryClients.ContractTests.Live;

/// <summary>A test against a real cloud service: it runs only when the named API key variable is set, and is skipped otherwise.</summary>
public sealed class LiveFactAttribute : FactAttribute
{
    public LiveFactAttribute(string apiKeyVariable)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(apiKeyVariable)))
        {
            Skip = $"Live test: set {apiKeyVariable} to run it against the real service, and {ContractRecording.RecordVariable}=1 as well " +
                "to record every exchange into Mappings/ (see docs/testing.md).";
        }
    }
}
