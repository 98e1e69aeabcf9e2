using System.Globalization;
using System.Reflection;
using Refit;
using MemoryClients.Validation;

namespace MemoryClients.Http;

/// <summary>
/// Formats every path and query value of the raw APIs: booleans as <c>true</c>/<c>false</c>, numbers and dates in the
/// invariant culture, and every path value checked by <see cref="PathSegment"/> first (Refit then escapes it).
/// </summary>
/// <remarks>
/// A path parameter carries <c>[AliasAs("snake_name")]</c> naming its route placeholder; the check names the C# parameter
/// (the placeholder in camelCase), which a convention test keeps equal to the declared name.
/// </remarks>
internal sealed class UrlValueFormatter : IUrlParameterFormatter
{
    public static readonly UrlValueFormatter Instance = new();

    public string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type)
    {
        if (!attributeProvider.IsDefined(typeof(QueryAttribute), inherit: true))
        {
            var placeholder = attributeProvider.GetCustomAttributes(typeof(AliasAsAttribute), inherit: true) is [AliasAsAttribute alias, ..] ? alias.Name : "path";
            return PathSegment.Require(Text(value), ParameterName(placeholder));
        }
        return Text(value);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary><c>memory_id</c> becomes <c>memoryId</c>.</summary>
    internal static string ParameterName(string placeholder)
    {
        var parts = placeholder.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
    }
}
