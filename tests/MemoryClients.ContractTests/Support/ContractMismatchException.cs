namespace MemoryClients.ContractTests.Support;

/// <summary>A request reached WireMock that no mapping of the case matched; the message is the mismatch report.</summary>
public sealed class ContractMismatchException : Exception
{
    public ContractMismatchException()
    {
    }

    public ContractMismatchException(string message) : base(message)
    {
    }

    public ContractMismatchException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
