using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VpnBot.Lab.Topology;

/// <summary>The topology as JSON (camelCase; addresses and endpoints as strings), as <c>VpnBot.Lab up</c> prints it.</summary>
public static class TopologyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new AddressConverter(), new EndpointConverter() },
    };

    /// <summary>Serialises the topology.</summary>
    public static string Serialize(LabTopology topology) => JsonSerializer.Serialize(topology, Options);

    private sealed class AddressConverter : JsonConverter<IPAddress>
    {
        public override IPAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IPAddress.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, IPAddress value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private sealed class EndpointConverter : JsonConverter<IPEndPoint>
    {
        public override IPEndPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IPEndPoint.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, IPEndPoint value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
