using System.Globalization;

namespace MemoryClients.Emulator.MemMachine.Filters;

/// <summary>A parsed MemMachine filter expression.</summary>
internal abstract record FilterExpr;

/// <summary><c>field op value</c> with op one of <c>= != &gt; &lt; &gt;= &lt;=</c> (<c>&lt;&gt;</c> becomes <c>!=</c>).</summary>
internal sealed record ComparisonExpr(string Field, string Op, FilterValue Value) : FilterExpr;

/// <summary><c>field IN (v, ...)</c>: all ints or all strings, at least one.</summary>
internal sealed record InExpr(string Field, IReadOnlyList<FilterValue> Values) : FilterExpr;

/// <summary><c>field IS NULL</c>.</summary>
internal sealed record IsNullExpr(string Field) : FilterExpr;

/// <summary>Binary AND (left-associative; binds tighter than OR).</summary>
internal sealed record AndExpr(FilterExpr Left, FilterExpr Right) : FilterExpr;

/// <summary>Binary OR (left-associative).</summary>
internal sealed record OrExpr(FilterExpr Left, FilterExpr Right) : FilterExpr;

/// <summary>Prefix NOT, also produced by <c>NOT IN</c> and <c>IS NOT NULL</c>.</summary>
internal sealed record NotExpr(FilterExpr Expr) : FilterExpr;

internal enum FilterValueKind
{
    String,
    Int,
    Float,
    Bool,
    DateTime,
}

/// <summary>A literal with the Python type the server's parser gives it.</summary>
internal readonly record struct FilterValue(FilterValueKind Kind, string Text, double Number, bool Bool, DateTimeOffset Date)
{
    public static FilterValue Of(string text) => new(FilterValueKind.String, text, 0, false, default);

    public static FilterValue Of(long number) => new(FilterValueKind.Int, number.ToString(CultureInfo.InvariantCulture), number, false, default);

    public static FilterValue Of(double number) => new(FilterValueKind.Float, number.ToString(CultureInfo.InvariantCulture), number, false, default);

    public static FilterValue Of(bool value) => new(FilterValueKind.Bool, value ? "True" : "False", 0, value, default);

    public static FilterValue Of(DateTimeOffset value) => new(FilterValueKind.DateTime, value.ToString("O", CultureInfo.InvariantCulture), 0, false, value);

    /// <summary>The Python type name, as error messages print it.</summary>
    public string PythonType => Kind switch
    {
        FilterValueKind.String => "str",
        FilterValueKind.Int => "int",
        FilterValueKind.Float => "float",
        FilterValueKind.Bool => "bool",
        _ => "datetime",
    };

    public bool IsNumeric => Kind is FilterValueKind.Int or FilterValueKind.Float;
}
