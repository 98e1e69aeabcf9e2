using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Import;

namespace MemoryClients.Cli;

/// <summary>One item of an import file and the line it starts on.</summary>
internal sealed record ImportLine(int Line, MemoryImportItem Item);

/// <summary>What the flags of <c>memory import</c> give every item that does not say otherwise.</summary>
internal sealed record ImportDefaults(MemoryScope Scope, string Role, IReadOnlyDictionary<string, string>? Metadata, bool? Infer);

/// <summary>
/// Reads an import file (JSON lines or CSV) into items, every line checked before anything is sent. A line's own scope
/// ids, role, metadata keys and infer win over the flags'; fields and columns the importer does not know are ignored, so
/// the lines of <c>memory export</c> (Mem0's <c>memory</c> field) and of a failed-items file import as they are.
/// </summary>
internal static class ImportSource
{
    private const int MaxErrorsShown = 10;

    private static readonly string[] Roles = ["user", "assistant", "system"];

    /// <summary>Every item of the input, or a usage error that lists the first bad lines.</summary>
    public static List<ImportLine> Read(TextReader reader, bool csv, ImportDefaults defaults)
    {
        var items = new List<ImportLine>();
        var errors = new List<string>();
        foreach (var (line, fields) in csv ? CsvFields(reader) : JsonFields(reader))
        {
            try
            {
                items.Add(new ImportLine(line, Build(fields(), defaults)));
            }
            catch (UsageException e)
            {
                errors.Add($"line {line}: {e.Message}");
            }
        }
        if (errors.Count > 0)
        {
            var more = errors.Count > MaxErrorsShown ? $"\n... and {errors.Count - MaxErrorsShown} more." : "";
            throw new UsageException($"{errors.Count} bad line{(errors.Count == 1 ? "" : "s")}; nothing was imported.\n"
                + string.Join('\n', errors.Take(MaxErrorsShown)) + more);
        }
        return items.Count > 0 ? items : throw new UsageException("The input holds no items.");
    }

    /// <summary>An item in the import format, after <paramref name="head"/> (which says what became of it), so the line imports again as it is.</summary>
    public static JsonObject ToJson(MemoryImportItem item, JsonObject head)
    {
        if (item.Messages is [var only])
        {
            head["text"] = only.Content;
            head["role"] = only.Role.ToString();
        }
        else
        {
            head["messages"] = new JsonArray([.. item.Messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role.ToString(), ["content"] = m.Content })]);
        }
        if (item.Scope.UserId is { } user) head["user_id"] = user;
        if (item.Scope.AgentId is { } agent) head["agent_id"] = agent;
        if (item.Scope.AppId is { } app) head["app_id"] = app;
        if (item.Scope.RunId is { } run) head["run_id"] = run;
        if (item.Metadata is { } metadata) head["metadata"] = new JsonObject(metadata.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        if (item.Infer is { } infer) head["infer"] = infer;
        return head;
    }

    /// <summary>What one line says; every field is optional here and checked by <see cref="Build"/>.</summary>
    private sealed class Fields
    {
        public string? Text { get; set; }
        public List<MemoryMessage>? Messages { get; set; }
        public string? Role { get; set; }
        public string? UserId { get; set; }
        public string? AgentId { get; set; }
        public string? AppId { get; set; }
        public string? RunId { get; set; }
        public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);
        public bool? Infer { get; set; }
    }

    private static MemoryImportItem Build(Fields line, ImportDefaults defaults)
    {
        if (line.Text is not null && line.Messages is not null) throw new UsageException("give text or messages, not both.");
        if (line.Text is null && line.Messages is null) throw new UsageException("no text: give a text (or memory) field, or messages.");
        if (line.Text is { } text && string.IsNullOrWhiteSpace(text)) throw new UsageException("the text is empty.");
        var role = line.Role ?? defaults.Role;
        if (!Roles.Contains(role)) throw new UsageException($"role {TerminalText.Quote(role)} is not user, assistant or system.");
        var scope = new MemoryScope
        {
            UserId = CliApp.ScopeId("user_id", line.UserId) ?? defaults.Scope.UserId,
            AgentId = CliApp.ScopeId("agent_id", line.AgentId) ?? defaults.Scope.AgentId,
            AppId = CliApp.ScopeId("app_id", line.AppId) ?? defaults.Scope.AppId,
            RunId = CliApp.ScopeId("run_id", line.RunId) ?? defaults.Scope.RunId,
        };
        if (scope.IsEmpty) throw new UsageException("no scope: give user_id, agent_id, app_id or run_id, or --user, --agent, --app or --run.");
        var metadata = new Dictionary<string, string>(defaults.Metadata ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (key, value) in line.Metadata) metadata[key] = value;
        return new MemoryImportItem(line.Messages ?? [new MemoryMessage(role, line.Text!)], scope)
        {
            Metadata = metadata.Count > 0 ? metadata : null,
            Infer = line.Infer ?? defaults.Infer,
        };
    }

    private static IEnumerable<(int Line, Func<Fields> Fields)> JsonFields(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(text)) yield return (number, () => FromJson(text));
        }
    }

    private static Fields FromJson(string text)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new UsageException("not JSON: " + e.Message);
        }
        if (node is not JsonObject json) throw new UsageException("expected a JSON object.");
        var fields = new Fields
        {
            Text = String(json, "text") ?? String(json, "memory"),
            Role = String(json, "role"),
            UserId = String(json, "user_id"),
            AgentId = String(json, "agent_id"),
            AppId = String(json, "app_id"),
            RunId = String(json, "run_id"),
        };
        if (json["messages"] is { } messages)
        {
            if (messages is not JsonArray { Count: > 0 } array) throw new UsageException("messages must be a non-empty array.");
            fields.Messages = [.. array.Select(Message)];
        }
        if (json["infer"] is { } infer)
            fields.Infer = infer.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new UsageException("infer must be true or false."),
            };
        if (json["metadata"] is { } metadata)
        {
            if (metadata is not JsonObject entries) throw new UsageException("metadata must be an object.");
            foreach (var (key, value) in entries)
            {
                fields.Metadata[key] = value?.GetValueKind() switch
                {
                    null or JsonValueKind.Null => throw new UsageException($"metadata.{key} is null; metadata values are text."),
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.Object or JsonValueKind.Array => throw new UsageException($"metadata.{key} is not a string, number or boolean."),
                    _ => value.ToJsonString(),
                };
            }
        }
        return fields;
    }

    private static MemoryMessage Message(JsonNode? node)
    {
        if (node is not JsonObject message || String(message, "role") is not { } role || String(message, "content") is not { } content)
            throw new UsageException("each message needs a role and a content.");
        if (!Roles.Contains(role)) throw new UsageException($"message role {TerminalText.Quote(role)} is not user, assistant or system.");
        return string.IsNullOrWhiteSpace(content) ? throw new UsageException("a message's content is empty.") : new MemoryMessage(role, content);
    }

    private static string? String(JsonObject json, string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw new UsageException($"{name} must be a string."),
    };

    private static IEnumerable<(int Line, Func<Fields> Fields)> CsvFields(TextReader reader)
    {
        string[]? header = null;
        foreach (var (line, values) in CsvRecords.Read(reader))
        {
            if (header is null)
            {
                header = [.. values.Select(h => h.Trim())];
                if (!header.Any(h => h.Equals("text", StringComparison.OrdinalIgnoreCase) || h.Equals("memory", StringComparison.OrdinalIgnoreCase)))
                    throw new UsageException($"line {line}: the CSV header needs a text (or memory) column; it has {TerminalText.Safe(string.Join(", ", header))}.");
                if (header.GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
                    throw new UsageException($"line {line}: the CSV header has the column {TerminalText.Quote(twice.Key)} twice.");
                continue;
            }
            var columns = header;
            yield return (line, () => FromCsv(columns, values));
        }
    }

    private static Fields FromCsv(string[] header, string[] values)
    {
        if (values.Length != header.Length)
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{values.Length} fields; the header has {header.Length}."));
        var fields = new Fields();
        for (var i = 0; i < header.Length; i++)
        {
            var value = values[i];
            var empty = value.Length == 0;
            switch (header[i].ToLowerInvariant())
            {
                case "text" or "memory": fields.Text ??= value; break;
                case "role" when !empty: fields.Role = value; break;
                case "user_id" when !empty: fields.UserId = value; break;
                case "agent_id" when !empty: fields.AgentId = value; break;
                case "app_id" when !empty: fields.AppId = value; break;
                case "run_id" when !empty: fields.RunId = value; break;
                case "infer" when !empty:
                    fields.Infer = bool.TryParse(value, out var infer) ? infer : throw new UsageException("infer must be true, false or empty.");
                    break;
                case var column when column.StartsWith("metadata.", StringComparison.Ordinal) && column.Length > 9 && !empty:
                    fields.Metadata[header[i][9..]] = value;
                    break;
            }
        }
        return fields;
    }
}
