using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MemoryClients.Benchmarks;

/// <summary>
/// Realistic Mem0 and MemMachine response bodies, rendered once. Every field the services send is present (ids, text,
/// scope, metadata, categories, structured attributes, timestamps, scores), so parsing costs what it costs in production.
/// </summary>
public static class CannedResponses
{
    /// <summary>The largest page either service serves.</summary>
    public const int MaxPageSize = 200;

    /// <summary>Number of results in a search response (Mem0's default top_k).</summary>
    public const int SearchResults = 10;

    /// <summary>The user every canned memory belongs to.</summary>
    public const string UserId = "alice";

    /// <summary>The memory id <c>GET /v1/memories/{id}/</c> is asked for.</summary>
    public static readonly string MemoryId = IdOf(7);

    private static readonly string[] Topics = ["food", "travel", "work", "health", "family", "sports", "music", "finance"];

    private static readonly string[] Sentences =
    [
        "Prefers vegetarian restaurants with outdoor seating and is allergic to peanuts and tree nuts",
        "Is planning a two-week trip to Japan in April and wants to visit Kyoto during the cherry blossom season",
        "Works as a backend engineer on a payments team and is on call every third week of the month",
        "Runs three times a week, usually 8 to 10 kilometres, and is training for a half marathon in the spring",
        "Has two children aged 6 and 9 who both take swimming lessons on Saturday mornings",
        "Supports the local football club and watches every home game with friends from university",
        "Listens to jazz while working and is learning to play the piano with an online course",
        "Is saving for a house deposit and reviews the household budget on the first Sunday of each month",
    ];

    private static readonly (byte[] Bytes, int[] Ends) s_mem0 = RenderItems((w, i) => WriteMem0Memory(w, i, search: false));
    private static readonly (byte[] Bytes, int[] Ends) s_episodes = RenderItems((w, i) => WriteEpisode(w, i, score: null));

    /// <summary><c>GET /v1/ping/</c>.</summary>
    public static byte[] Ping { get; } = Encoding.UTF8.GetBytes(
        """{"status":"ok","org_id":"org_9f1c2e","project_id":"proj_41ab7d","user_email":"bench@example.com"}""");

    /// <summary><c>POST /v3/memories/add/</c> (asynchronous add).</summary>
    public static byte[] Add { get; } = Encoding.UTF8.GetBytes(
        """{"event_id":"4f6c1b0e-9a2d-4c8e-b7f3-2d5a9e1c7b40","status":"PENDING"}""");

    /// <summary><c>GET /v1/memories/{id}/</c>.</summary>
    public static byte[] Get { get; } = Render(w => WriteMem0Memory(w, 7, search: false));

    /// <summary><c>POST /v3/memories/search/</c>: ten scored results.</summary>
    public static byte[] Search { get; } = Render(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("results");
        for (var i = 0; i < SearchResults; i++)
            WriteMem0Memory(w, i, search: true);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>MemMachine <c>POST /memories/search</c>: long-term and short-term episodes, no semantic features.</summary>
    public static byte[] MemMachineSearch { get; } = Render(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("status", 0);
        w.WriteStartObject("content");
        w.WriteStartObject("episodic_memory");
        w.WriteStartObject("long_term_memory");
        w.WriteStartArray("episodes");
        for (var i = 0; i < SearchResults; i++)
            WriteEpisode(w, i, score: 0.9 - i * 0.03);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("short_term_memory");
        w.WriteStartArray("episodes");
        w.WriteEndArray();
        w.WriteStartArray("episode_summary");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("semantic_memory");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>200 Mem0 list items separated by commas; the first <c>n</c> items end at <see cref="Mem0ItemEnds"/>[n - 1].</summary>
    public static byte[] Mem0Items => s_mem0.Bytes;

    /// <summary>Where each item of <see cref="Mem0Items"/> ends.</summary>
    public static IReadOnlyList<int> Mem0ItemEnds => s_mem0.Ends;

    /// <summary>200 MemMachine list episodes separated by commas.</summary>
    public static byte[] EpisodeItems => s_episodes.Bytes;

    /// <summary>Where each item of <see cref="EpisodeItems"/> ends.</summary>
    public static IReadOnlyList<int> EpisodeItemEnds => s_episodes.Ends;

    /// <summary>A whole Mem0 list page body, for deserialisation micro-benchmarks.</summary>
    public static byte[] Mem0Page(int pageSize, int total, Uri baseAddress)
    {
        using var stream = new MemoryStream();
        WriteMem0Page(stream, 1, pageSize, total, baseAddress);
        return stream.ToArray();
    }

    /// <summary>A whole MemMachine list page body, for deserialisation micro-benchmarks.</summary>
    public static byte[] EpisodePage(int pageSize)
    {
        using var stream = new MemoryStream();
        stream.Write(EpisodePagePrefix);
        stream.Write(EpisodeItems.AsSpan(0, EpisodeItemEnds[pageSize - 1]));
        stream.Write(EpisodePageSuffix);
        return stream.ToArray();
    }

    /// <summary>The envelope before the episodes of a MemMachine list page.</summary>
    public static byte[] EpisodePagePrefix { get; } = Encoding.UTF8.GetBytes("""{"status":0,"content":{"episodic_memory":[""");

    /// <summary>The envelope after the episodes of a MemMachine list page.</summary>
    public static byte[] EpisodePageSuffix { get; } = Encoding.UTF8.GetBytes("""],"semantic_memory":[]}}""");

    /// <summary>Writes page <paramref name="page"/> (from 1) of a Mem0 listing of <paramref name="total"/> memories.</summary>
    /// <returns>The number of items written; 0 when the page is past the end.</returns>
    public static int WriteMem0Page(Stream destination, int page, int pageSize, int total, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(baseAddress);
        var first = (long)(page - 1) * pageSize;
        var count = (int)Math.Clamp(total - first, 0, pageSize);
        var hasNext = first + count < total;
        var header = new StringBuilder(160).Append("{\"count\":").Append(total.ToString(CultureInfo.InvariantCulture)).Append(",\"next\":");
        AppendLink(header, baseAddress, hasNext ? page + 1 : 0, pageSize);
        header.Append(",\"previous\":");
        AppendLink(header, baseAddress, page > 1 ? page - 1 : 0, pageSize);
        header.Append(",\"results\":[");
        destination.Write(Encoding.UTF8.GetBytes(header.ToString()));
        if (count > 0)
            destination.Write(Mem0Items.AsSpan(0, Mem0ItemEnds[count - 1]));
        destination.Write("]}"u8);
        return count;
    }

    /// <summary>A MemMachine-style id-free uuid for item <paramref name="index"/>.</summary>
    public static string IdOf(int index) => string.Create(CultureInfo.InvariantCulture, $"3c9d{index:x4}-7e21-4b6a-9f0d-{index * 7919 % 0xFFFFFF:x6}a1b2c3");

    private static void AppendLink(StringBuilder builder, Uri baseAddress, int page, int pageSize)
    {
        if (page == 0)
        {
            builder.Append("null");
            return;
        }
        builder.Append('"').Append(baseAddress.AbsoluteUri).Append("v3/memories/?page=").Append(page.ToString(CultureInfo.InvariantCulture))
            .Append("&page_size=").Append(pageSize.ToString(CultureInfo.InvariantCulture)).Append('"');
    }

    private static byte[] Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    private static (byte[] Bytes, int[] Ends) RenderItems(Action<Utf8JsonWriter, int> writeItem)
    {
        using var stream = new MemoryStream();
        var ends = new int[MaxPageSize];
        for (var i = 0; i < MaxPageSize; i++)
        {
            if (i > 0)
                stream.WriteByte((byte)',');
            stream.Write(Render(w => writeItem(w, i)));
            ends[i] = (int)stream.Length;
        }
        return (stream.ToArray(), ends);
    }

    private static void WriteMem0Memory(Utf8JsonWriter w, int i, bool search)
    {
        var topic = Topics[i % Topics.Length];
        var created = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(-8)).AddMinutes(i * 37.5);
        w.WriteStartObject();
        w.WriteString("id", IdOf(i));
        w.WriteString("memory", Sentences[i % Sentences.Length]);
        w.WriteString("user_id", UserId);
        w.WriteNull("agent_id");
        w.WriteNull("app_id");
        if (search)
            w.WriteNull("run_id");
        else
            w.WriteNull("session_id");
        w.WriteStartObject("metadata");
        w.WriteString("source", "chat");
        w.WriteString("topic", topic);
        w.WriteNumber("confidence", 0.92);
        w.WriteEndObject();
        w.WriteStartArray("categories");
        w.WriteStringValue(topic);
        w.WriteStringValue("personal_details");
        w.WriteEndArray();
        if (search)
        {
            var score = 0.91 - i * 0.037;
            w.WriteNumber("score", Math.Round(score, 4));
            w.WriteStartObject("score_breakdown");
            w.WriteNumber("semantic", Math.Round(score * 0.8, 4));
            w.WriteNumber("bm25", Math.Round(score * 0.15, 4));
            w.WriteNumber("entity", Math.Round(score * 0.05, 4));
            w.WriteEndObject();
        }
        else
        {
            w.WriteStartObject("structured_attributes");
            w.WriteNumber("day", created.Day);
            w.WriteNumber("hour", created.Hour);
            w.WriteNumber("year", created.Year);
            w.WriteNumber("month", created.Month);
            w.WriteNumber("minute", created.Minute);
            w.WriteNumber("quarter", (created.Month + 2) / 3);
            w.WriteBoolean("is_weekend", created.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            w.WriteString("day_of_week", created.DayOfWeek.ToString().ToLowerInvariant());
            w.WriteNumber("day_of_year", created.DayOfYear);
            w.WriteNumber("week_of_year", ISOWeek.GetWeekOfYear(created.DateTime));
            w.WriteEndObject();
            w.WriteNull("replaced_by");
            w.WriteBoolean("synthesized", false);
        }
        w.WriteNull("expiration_date");
        w.WriteString("created_at", created.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture));
        w.WriteString("updated_at", created.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    private static void WriteEpisode(Utf8JsonWriter w, int i, double? score)
    {
        var created = new DateTimeOffset(2026, 11, 1, 16, 0, 0, TimeSpan.Zero).AddMinutes(i * 3);
        var fromUser = i % 2 == 0;
        w.WriteStartObject();
        w.WriteString("uid", (1000 + i).ToString(CultureInfo.InvariantCulture));
        w.WriteString("content", Sentences[i % Sentences.Length]);
        if (score is null)
            w.WriteString("session_key", "org_9f1c2e/support");
        w.WriteString("created_at", created.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        w.WriteString("producer_id", fromUser ? UserId : "concierge");
        w.WriteString("producer_role", fromUser ? "user" : "assistant");
        w.WriteString("produced_for_id", fromUser ? "concierge" : UserId);
        if (score is null)
        {
            w.WriteNumber("sequence_num", 0);
            w.WriteString("content_type", "string");
        }
        w.WriteString("episode_type", "message");
        w.WriteStartObject("metadata");
        w.WriteString("user_id", UserId);
        w.WriteString("agent_id", "concierge");
        w.WriteString("channel", "web");
        w.WriteEndObject();
        if (score is { } s)
            w.WriteNumber("score", Math.Round(s, 4));
        w.WriteEndObject();
    }
}
