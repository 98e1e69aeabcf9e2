using System.Globalization;

namespace MemoryClients.Filters;

/// <summary>The kind of a <see cref="FilterValue"/>.</summary>
internal enum FilterValueKind
{
    String,
    Integer,
    Double,
    Boolean,
    Date,
}

/// <summary>One typed operand of a filter: exactly one of the payload properties is meaningful, as told by <see cref="Kind"/>.</summary>
internal readonly record struct FilterValue
{
    private FilterValue(FilterValueKind kind) => Kind = kind;

    public FilterValueKind Kind { get; }

    public string String { get; private init; } = "";

    public long Integer { get; private init; }

    public double Double { get; private init; }

    public bool Boolean { get; private init; }

    public DateTimeOffset Date { get; private init; }

    public static FilterValue Of(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return new(FilterValueKind.String) { String = value };
    }

    public static FilterValue Of(long value) => new(FilterValueKind.Integer) { Integer = value };

    public static FilterValue Of(double value, string paramName)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(paramName, value, "Filter numbers must be finite.");
        return new(FilterValueKind.Double) { Double = value };
    }

    public static FilterValue Of(bool value) => new(FilterValueKind.Boolean) { Boolean = value };

    public static FilterValue Of(DateTimeOffset value) => new(FilterValueKind.Date) { Date = value };

    /// <summary>A neutral, readable rendering for <c>ToString()</c> and messages.</summary>
    public override string ToString() => Kind switch
    {
        FilterValueKind.String => $"\"{String}\"",
        FilterValueKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        FilterValueKind.Double => Double.ToString("R", CultureInfo.InvariantCulture),
        FilterValueKind.Boolean => Boolean ? "true" : "false",
        _ => Date.ToString("O", CultureInfo.InvariantCulture),
    };
}
