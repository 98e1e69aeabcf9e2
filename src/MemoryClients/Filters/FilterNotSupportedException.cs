namespace MemoryClients.Filters;

/// <summary>A filter asks for something the target service cannot express, so no query was sent rather than a wrong one.</summary>
public sealed class FilterNotSupportedException : NotSupportedException
{
    /// <summary>Creates the exception; the message names the field, the operator, the target and the reason.</summary>
    public FilterNotSupportedException(string field, FilterOperator @operator, MemoryProvider target, string reason)
        : base($"{target} cannot filter '{field}' with {@operator}: {reason}")
    {
        Field = field;
        Operator = @operator;
        Target = target;
    }

    /// <summary>The field as written in filters, e.g. <c>user_id</c> or <c>metadata.topic</c>.</summary>
    public string Field { get; }

    /// <summary>The operator that was refused.</summary>
    public FilterOperator Operator { get; }

    /// <summary>The service the filter was being written for.</summary>
    public MemoryProvider Target { get; }
}
