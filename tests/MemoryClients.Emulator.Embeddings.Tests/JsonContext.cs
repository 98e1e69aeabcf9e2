using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Emulator.Embeddings.Tests;

[JsonSerializable(typeof(JsonNode))]
internal sealed partial class JsonContext : JsonSerializerContext;
