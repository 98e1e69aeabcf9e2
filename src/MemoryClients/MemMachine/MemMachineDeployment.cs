namespace MemoryClients.MemMachine;

/// <summary>Which MemMachine a client talks to: the hosted cloud or a server you run.</summary>
public enum MemMachineDeployment
{
    /// <summary>The MemMachine Platform at <c>https://api.memmachine.ai/v2</c>: an API key is required and the organisation comes from it.</summary>
    Cloud,

    /// <summary>A self-hosted <c>memmachine-server</c> (API root <c>http://host:8080/api/v2</c>): the key is optional and <c>org_id</c> is sent in every body.</summary>
    SelfHosted,
}
