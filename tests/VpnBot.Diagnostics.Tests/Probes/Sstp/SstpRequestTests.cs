using System.Text;
using VpnBot.Diagnostics.Probes.Sstp;

namespace VpnBot.Diagnostics.Tests.Probes.Sstp;

public sealed class SstpRequestTests
{
    [Fact]
    public void Build_Always_IsTheMsSstpDuplexPost()
    {
        var correlation = Guid.Parse("0b2c9a3e-1f4d-4c5e-9a7b-112233445566");

        var request = Encoding.ASCII.GetString(SstpRequest.Build("vpn.example.local", correlation));

        Assert.Equal(
            "SSTP_DUPLEX_POST /sra_{BA195980-CD49-458b-9E23-C84EE0ADCD75}/ HTTP/1.1\r\n" +
            "Host: vpn.example.local\r\n" +
            "Content-Length: 18446744073709551615\r\n" +
            "SSTPCORRELATIONID: {0B2C9A3E-1F4D-4C5E-9A7B-112233445566}\r\n" +
            "\r\n",
            request);
    }
}
