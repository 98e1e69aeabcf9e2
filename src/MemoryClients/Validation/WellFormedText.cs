namespace MemoryClients.Validation;

/// <summary>Refuses text with an unpaired UTF-16 surrogate, which UTF-8 cannot carry and would otherwise be sent as U+FFFD.</summary>
internal static class WellFormedText
{
    public static void Require(string? value, string parameterName)
    {
        if (value is not null && HasUnpairedSurrogate(value))
            throw new ArgumentException($"{parameterName} contains an unpaired UTF-16 surrogate, which cannot be sent as UTF-8.", parameterName);
    }

    private static bool HasUnpairedSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                i++;
            else if (char.IsSurrogate(value[i]))
                return true;
        }
        return false;
    }
}
