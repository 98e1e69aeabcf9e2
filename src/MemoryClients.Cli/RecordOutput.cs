using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace MemoryClients.Cli;

/// <summary>Writes results as a Spectre.Console table or, with <c>--json</c>, as one JSON object per line.</summary>
internal sealed class RecordOutput(CliContext context, bool json)
{
    public bool Json => json;

    /// <summary>The provider-neutral JSON form of a memory.</summary>
    public static JsonObject ToJson(MemoryRecord record)
    {
        var node = new JsonObject
        {
            ["id"] = record.Id,
            ["text"] = record.Text,
            ["kind"] = record.Kind.ToString(),
            ["provider"] = record.Provider.ToString(),
        };
        if (record.Scope.UserId is { } user) node["user_id"] = user;
        if (record.Scope.AgentId is { } agent) node["agent_id"] = agent;
        if (record.Scope.AppId is { } app) node["app_id"] = app;
        if (record.Scope.RunId is { } run) node["run_id"] = run;
        if (record.Categories.Count > 0) node["categories"] = new JsonArray([.. record.Categories.Select(c => (JsonNode?)c)]);
        if (record.Metadata is { Count: > 0 } metadata) node["metadata"] = metadata.DeepClone();
        if (record.Score is { } score) node["score"] = score;
        if (record.CreatedAt is { } created) node["created_at"] = created.ToString("O", CultureInfo.InvariantCulture);
        if (record.UpdatedAt is { } updated) node["updated_at"] = updated.ToString("O", CultureInfo.InvariantCulture);
        return node;
    }

    /// <summary>Writes one JSON line.</summary>
    public void Line(JsonNode node) => context.Output.WriteLine(CliJson.Write(node));

    /// <summary>Writes a provider model as one JSON line.</summary>
    public void Model<T>(T model) => context.Output.WriteLine(CliJson.WriteModel(model));

    /// <summary>Writes memories: a table, or one JSON object per line as each arrives.</summary>
    public void Records(IReadOnlyList<MemoryRecord> records, bool withScore = false)
    {
        if (json)
        {
            foreach (var record in records) Line(ToJson(record));
            return;
        }
        var table = new Table().AddColumns("Id", "Text", "Scope", "Categories", "Created");
        if (withScore) table.AddColumn("Score");
        foreach (var record in records)
        {
            var cells = new List<string>
            {
                record.Id,
                record.Text,
                Scope(record.Scope),
                string.Join(", ", record.Categories),
                record.CreatedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
            };
            if (withScore) cells.Add(record.Score?.ToString("0.000", CultureInfo.InvariantCulture) ?? "");
            table.AddRow([.. cells.Select(Cell)]);
        }
        context.Console.Write(table);
        context.Console.WriteLine(records.Count == 1 ? "1 memory" : $"{records.Count} memories");
    }

    /// <summary>Writes a table with the given columns, or each row's JSON when <c>--json</c> is set.</summary>
    public void Rows<T>(IReadOnlyList<T> rows, string[] columns, Func<T, string?[]> cells)
    {
        if (json)
        {
            foreach (var row in rows) Model(row);
            return;
        }
        var table = new Table().AddColumns(columns);
        foreach (var row in rows) table.AddRow([.. cells(row).Select(Cell)]);
        context.Console.Write(table);
    }

    /// <summary>A short human message (skipped with <c>--json</c>, where the JSON says it).</summary>
    public void Message(string text, JsonObject jsonForm)
    {
        if (json) Line(jsonForm);
        else context.Console.WriteLine(TerminalText.Safe(text));
    }

    /// <summary>A table cell that shows its text as text: no markup, and nothing a terminal would act on.</summary>
    private static Text Cell(string? text) => new(TerminalText.Safe(text));

    private static string Scope(MemoryScope scope) => string.Join(" ", new[]
    {
        scope.UserId is null ? null : "user=" + scope.UserId,
        scope.AgentId is null ? null : "agent=" + scope.AgentId,
        scope.AppId is null ? null : "app=" + scope.AppId,
        scope.RunId is null ? null : "run=" + scope.RunId,
    }.Where(s => s is not null));
}
