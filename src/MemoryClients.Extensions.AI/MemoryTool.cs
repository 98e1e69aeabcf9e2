using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace MemoryClients.Extensions.AI;

/// <summary>One memory tool: a name, a description and a JSON schema the model follows, and the code that runs it.</summary>
internal sealed class MemoryTool(string name, string description, string schema, Func<AIFunctionArguments, CancellationToken, Task<JsonNode>> run) : AIFunction
{
    private readonly JsonElement _schema = JsonElement.Parse(schema);

    public override string Name => name;

    public override string Description => description;

    public override JsonElement JsonSchema => _schema;

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var result = await run(arguments, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.SerializeToElement(result, ChatMemoryJsonContext.Default.JsonNode);
    }

    /// <summary>A string argument, whether the model sent JSON or the caller passed a value; null when absent.</summary>
    public static string? OptionalString(AIFunctionArguments arguments, string name) =>
        !arguments.TryGetValue(name, out var value) ? null : value switch
        {
            null => null,
            string text => text,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
            JsonElement element => element.GetRawText(),
            JsonNode node => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString(),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };

    /// <summary>A required non-blank string argument; <see cref="ArgumentException"/> naming it otherwise.</summary>
    public static string RequiredString(AIFunctionArguments arguments, string name)
    {
        var text = OptionalString(arguments, name);
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException($"The '{name}' argument is required and must not be empty.", name);
        return text;
    }

    /// <summary>An optional integer argument in [<paramref name="min"/>, <paramref name="max"/>]; <see cref="ArgumentException"/> naming it otherwise.</summary>
    public static int? OptionalInteger(AIFunctionArguments arguments, string name, int min, int max)
    {
        if (!arguments.TryGetValue(name, out var value) || value is null || value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
            return null;
        long? number = value switch
        {
            int i => i,
            long l => l,
            double d when d == Math.Floor(d) && Math.Abs(d) < long.MaxValue => (long)d,
            JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out var l) => l,
            JsonElement { ValueKind: JsonValueKind.String } element when long.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            string text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            _ => null,
        };
        if (number is not { } n || n < min || n > max)
            throw new ArgumentException($"The '{name}' argument must be an integer from {min} to {max}.", name);
        return (int)n;
    }
}
