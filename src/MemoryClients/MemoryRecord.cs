using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using MemoryClients.Serialization;

namespace MemoryClients;

/// <summary>One memory from either provider: a Mem0 fact, a MemMachine episode or a MemMachine semantic feature.</summary>
public sealed record MemoryRecord
{
    private RawJson? _raw;

    /// <summary>The id: Mem0 memory id, MemMachine episode uid or semantic feature id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The remembered text: the Mem0 memory, the episode content or the feature value.</summary>
    public string Text { get; init; } = "";

    /// <summary>What the record is.</summary>
    public MemoryKind Kind { get; init; }

    /// <summary>Whom the record belongs to, as the service reports it (may be empty, e.g. for MemMachine semantic features).</summary>
    public MemoryScope Scope { get; init; } = new();

    /// <summary>The metadata stored with the record, when any.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>Categories: Mem0's assigned categories, or a MemMachine feature's category and tag; empty otherwise.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>When the record was created, when known.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the record was last updated, when known.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The relevance score; search results only, when the service sends one.</summary>
    public double? Score { get; init; }

    /// <summary>The service the record came from.</summary>
    public MemoryProvider Provider { get; init; }

    /// <summary>
    /// <see cref="Metadata"/> read as a type of your own, through its source-generated <paramref name="typeInfo"/> (AOT-safe).
    /// Keys <typeparamref name="T"/> does not model are ignored; on MemMachine every value is a string.
    /// </summary>
    /// <typeparam name="T">Your metadata type.</typeparam>
    /// <param name="typeInfo">How to read <typeparamref name="T"/>, for example <c>AppJsonContext.Default.OrderMetadata</c>.</param>
    /// <returns>The metadata, or the default of <typeparamref name="T"/> when the record has none.</returns>
    /// <exception cref="JsonException">The metadata does not fit <typeparamref name="T"/>.</exception>
    public T? GetMetadata<T>(JsonTypeInfo<T> typeInfo) => TypedMetadata.Read(Metadata, typeInfo);

    /// <summary>The record exactly as the provider's model holds it, for fields not mapped here.</summary>
    /// <remarks>For records the SDK maps, the JSON is written from the provider's model the first time it is read, not before.</remarks>
    public JsonElement Raw
    {
        get => _raw?.Value ?? default;
        init => _raw = new RawJson(value);
    }

    /// <summary>Where <see cref="Raw"/> comes from: set by the mapping so that the JSON is only written when someone reads it.</summary>
    internal RawJson? RawSource
    {
        get => _raw;
        init => _raw = value;
    }

    /// <summary>
    /// <see cref="Raw"/>'s value, given or written on first read from a provider model. Records that share one compare equal;
    /// reading it never changes a record's equality or hash code.
    /// </summary>
    internal class RawJson
    {
        private StrongBox<JsonElement>? _value;

        /// <summary>A value known now.</summary>
        public RawJson(JsonElement value) => _value = new StrongBox<JsonElement>(value);

        /// <summary>A value written later.</summary>
        protected RawJson() { }

        /// <summary>The JSON; written once, on the first read, when it was not given (thread-safe).</summary>
        public JsonElement Value
        {
            get
            {
                var value = Volatile.Read(ref _value);
                if (value is null)
                {
                    value = new StrongBox<JsonElement>(Write());
                    value = Interlocked.CompareExchange(ref _value, value, null) ?? value;
                }
                return value.Value;
            }
        }

        /// <summary>The JSON of a provider model, written when first read.</summary>
        public static RawJson Of<TModel>(TModel model, JsonTypeInfo<TModel> typeInfo) => new Deferred<TModel>(model, typeInfo);

        /// <summary>Writes the value; only deferred values are written.</summary>
        protected virtual JsonElement Write() => default;

        private sealed class Deferred<TModel>(TModel model, JsonTypeInfo<TModel> typeInfo) : RawJson
        {
            protected override JsonElement Write() => JsonSerializer.SerializeToElement(model, typeInfo);
        }
    }
}
