using System.Security.Cryptography;
using System.Text;
using VpnBot.Diagnostics.Probes.Ike;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class VendorIdsTests
{
    [Theory]
    [InlineData("RFC 3947", "RFC 3947 NAT-T")]
    [InlineData("draft-ietf-ipsec-nat-t-ike-02\n", "draft-ietf-ipsec-nat-t-ike-02\\n")]
    [InlineData("strongSwan", "strongSwan")]
    [InlineData("FRAGMENTATION", "IKE Fragmentation")]
    [InlineData("MS-Negotiation Discovery Capable", "MS-Negotiation Discovery Capable")]
    [InlineData("IKE CGA version 1", "IKE CGA version 1")]
    [InlineData("Vid-Initial-Contact", "Microsoft Vid-Initial-Contact")]
    public void Describe_Md5OfTheName_IsRecognised(string text, string name)
    {
        Assert.Equal(name, VendorIds.Describe(Md5(text)));
    }

    [Fact]
    public void Describe_DeadPeerDetection_IsTheTruncatedHashWithAVersion()
    {
        var vid = Md5("CISCO-DEAD-PEER-DETECTION")[..14].Concat(new byte[] { 1, 0 }).ToArray();

        Assert.Equal("Dead Peer Detection", VendorIds.Describe(vid));
    }

    [Theory]
    [InlineData(4, "Windows Server 2003 / XP SP2")]
    [InlineData(8, "Windows Server 2008 R2")]
    [InlineData(9, "Windows 8 / Server 2012 or later")]
    [InlineData(42, "Windows (version 42)")]
    public void WindowsRelease_MicrosoftVendorIdWithVersion_NamesTheRelease(int version, string release)
    {
        var vid = Md5("MS NT5 ISAKMPOAKLEY").Concat(new byte[] { 0, 0, 0, (byte)version }).ToArray();

        Assert.Equal($"MS NT5 ISAKMPOAKLEY {version}: {release}", VendorIds.WindowsRelease(vid));
        Assert.Equal(VendorIds.WindowsRelease(vid), VendorIds.Describe(vid));
    }

    [Fact]
    public void Describe_Unknown_IsItsHex()
    {
        Assert.Equal("0102ff", VendorIds.Describe([1, 2, 255]));
        Assert.Null(VendorIds.WindowsRelease(Md5("MS NT5 ISAKMPOAKLEY")));
    }

#pragma warning disable CA5351 // The vendor ids are MD5 hashes by definition.
    private static byte[] Md5(string text) => MD5.HashData(Encoding.ASCII.GetBytes(text));
#pragma warning restore CA5351
}
