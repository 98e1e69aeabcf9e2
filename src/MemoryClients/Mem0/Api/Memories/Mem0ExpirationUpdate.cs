using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// What an update does to a memory's expiration date: leave it (<see cref="Unchanged"/>, the default, not sent),
/// remove it (<see cref="Clear"/>, sent as <c>null</c>) or set it (<see cref="SetTo"/>).
/// </summary>
[JsonConverter(typeof(Mem0ExpirationUpdateConverter))]
public readonly record struct Mem0ExpirationUpdate
{
    private Mem0ExpirationUpdate(DateOnly? date)
    {
        IsSpecified = true;
        Date = date;
    }

    /// <summary>Leaves the expiration date as it is; the field is not sent.</summary>
    public static Mem0ExpirationUpdate Unchanged => default;

    /// <summary>Removes the expiration date; sent as <c>"expiration_date": null</c>.</summary>
    public static Mem0ExpirationUpdate Clear => new(null);

    /// <summary>True when the update sends the field (clear or set).</summary>
    public bool IsSpecified { get; }

    /// <summary>The new date, or null when clearing or unchanged.</summary>
    public DateOnly? Date { get; }

    /// <summary>Sets the expiration date to <paramref name="date"/>.</summary>
    public static Mem0ExpirationUpdate SetTo(DateOnly date) => new(date);
}

/// <summary>Writes <see cref="Mem0ExpirationUpdate"/> as <c>null</c> or <c>"YYYY-MM-DD"</c>; an unspecified one is skipped by its property.</summary>
internal sealed class Mem0ExpirationUpdateConverter : JsonConverter<Mem0ExpirationUpdate>
{
    public override bool HandleNull => true;

    public override Mem0ExpirationUpdate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Mem0DateOnlyConverter.Parse(ref reader) is { } date ? Mem0ExpirationUpdate.SetTo(date) : Mem0ExpirationUpdate.Clear;

    public override void Write(Utf8JsonWriter writer, Mem0ExpirationUpdate value, JsonSerializerOptions options)
    {
        if (value.Date is { } date)
            writer.WriteStringValue(Mem0DateOnlyConverter.Format(date));
        else
            writer.WriteNullValue();
    }
}
