namespace MemoryClients.Filters;

/// <summary>A test on one field: <c>user_id = 'alice'</c>, <c>created_at &gt;= …</c>, <c>metadata.topic IS NULL</c>.</summary>
/// <param name="Field">The field as written in filters (<c>user_id</c>, <c>metadata.topic</c>).</param>
/// <param name="MetadataKey">The key inside <c>metadata</c> for a metadata field; null for every other field.</param>
/// <param name="Operator">The test.</param>
/// <param name="Values">The operands: one for comparisons, one or more for In/NotIn, none for IsAny/IsNull/IsNotNull.</param>
internal sealed record FieldFilter(string Field, string? MetadataKey, FilterOperator Operator, EquatableArray<FilterValue> Values)
    : MemoryFilter
{
    public override string ToString() => Operator switch
    {
        FilterOperator.Is => $"{Field} = {Values[0]}",
        FilterOperator.IsNot => $"{Field} != {Values[0]}",
        FilterOperator.In => $"{Field} in [{string.Join(", ", Values)}]",
        FilterOperator.NotIn => $"{Field} not in [{string.Join(", ", Values)}]",
        FilterOperator.GreaterThan => $"{Field} > {Values[0]}",
        FilterOperator.GreaterThanOrEqual => $"{Field} >= {Values[0]}",
        FilterOperator.LessThan => $"{Field} < {Values[0]}",
        FilterOperator.LessThanOrEqual => $"{Field} <= {Values[0]}",
        FilterOperator.Contains => $"{Field} contains {Values[0]}",
        FilterOperator.ContainsIgnoreCase => $"{Field} icontains {Values[0]}",
        FilterOperator.IsAny => $"{Field} is any",
        FilterOperator.IsNull => $"{Field} is null",
        _ => $"{Field} is not null",
    };
}
