using System.Text.Json;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Lab;

/// <summary>The topology as `VpnBot.Lab up` prints it for the benchmark.</summary>
public sealed class TopologyJsonTests(LabFixture fixture)
{
    [Fact]
    public void Serialize_RunningLab_AddressesEndpointsAndFilesAsStrings()
    {
        var topology = fixture.Topology;

        using var json = JsonDocument.Parse(TopologyJson.Serialize(topology));

        var root = json.RootElement;
        Assert.Equal(topology.Slot, root.GetProperty("slot").GetInt32());
        Assert.Equal(topology.Vpn.Address.ToString(), root.GetProperty("vpn").GetProperty("address").GetString());
        Assert.Equal($"{topology.Vpn.Address}:500", root.GetProperty("vpn").GetProperty("ike").GetString());
        Assert.Equal(topology.Dns.Primary.Endpoint.ToString(), root.GetProperty("dns").GetProperty("primary").GetProperty("endpoint").GetString());
        Assert.Equal(
            topology.Dns.Scenarios.StaleCache.CachedAddress.ToString(),
            root.GetProperty("dns").GetProperty("scenarios").GetProperty("staleCache").GetProperty("cachedAddress").GetString());
        var caFile = root.GetProperty("tls").GetProperty("caCertificateFile").GetString();
        Assert.True(File.Exists(caFile), caFile);
    }
}
