using System.Net;
using VpnBot.Lab.Network;

namespace VpnBot.Integration.Tests.Lab;

/// <summary>Slots never collide: names fit Linux interface names, addresses stay in each slot's own /21.</summary>
public sealed class LabPlanTests
{
    public static TheoryData<int> Slots() => [.. Enumerable.Range(0, 32)];

    [Theory]
    [MemberData(nameof(Slots))]
    public void LabPlan_AnySlot_NamesFitInterfacesAndCarryTheSlotPrefix(int slot)
    {
        var plan = new LabPlan(slot, "/tmp/lab");

        string[] namespaces = [.. plan.Hosts.Select(h => h.Namespace)];
        string[] names = [.. plan.RootLinks, .. namespaces];
        Assert.All(names, name => Assert.InRange(name.Length, 1, 15));
        Assert.All(names, name => Assert.StartsWith($"vl{slot}-", name, StringComparison.Ordinal));
        Assert.Equal(namespaces.Length, namespaces.Distinct().Count());
        Assert.Equal(plan.RootLinks.Count, plan.RootLinks.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Slots))]
    public void LabPlan_AnySlot_AddressesInsideTheSlotsBlockOfTheBenchmarkRange(int slot)
    {
        var plan = new LabPlan(slot, "/tmp/lab");

        IPAddress[] addresses = [plan.Net.Gateway, .. plan.Hosts.SelectMany(h => h.Addresses)];
        Assert.All(addresses, address =>
        {
            var octets = address.GetAddressBytes();
            Assert.Equal([198, 18], octets[..2]);
            Assert.Equal(slot, octets[2] / 8);
        });
        Assert.Equal(addresses.Length, addresses.Distinct().Count());
        Assert.Contains(plan.SilentDns, addresses);
    }

    [Fact]
    public void SlotAddressing_OutsideZeroTo31_Rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlotAddressing(32));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlotAddressing(-1));
    }
}
