namespace MemoryClients.Filters;

/// <summary>The test a single-field filter applies; each value is named after the field method that creates it.</summary>
public enum FilterOperator
{
    /// <summary>The field equals the value (<c>Is</c>).</summary>
    Is,

    /// <summary>The field differs from the value (<c>IsNot</c>).</summary>
    IsNot,

    /// <summary>The field equals one of the values; for a list field, the list holds at least one of them (<c>In</c>).</summary>
    In,

    /// <summary>The field equals none of the values; for a list field, the list holds none of them (<c>NotIn</c>).</summary>
    NotIn,

    /// <summary>The field is greater than (later than) the value.</summary>
    GreaterThan,

    /// <summary>The field is greater than (later than) or equal to the value.</summary>
    GreaterThanOrEqual,

    /// <summary>The field is less than (earlier than) the value.</summary>
    LessThan,

    /// <summary>The field is less than (earlier than) or equal to the value.</summary>
    LessThanOrEqual,

    /// <summary>The text contains the value, or the list contains the item.</summary>
    Contains,

    /// <summary>The text contains the value, ignoring case.</summary>
    ContainsIgnoreCase,

    /// <summary>Mem0's wildcard <c>"*"</c>: the field has any value.</summary>
    IsAny,

    /// <summary>The field is null or absent.</summary>
    IsNull,

    /// <summary>The field is present and not null.</summary>
    IsNotNull,
}
