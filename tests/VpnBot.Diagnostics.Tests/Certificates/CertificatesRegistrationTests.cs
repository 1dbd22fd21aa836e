using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.DependencyInjection;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class CertificatesRegistrationTests
{
    [Fact]
    public void AddVpnDiagnostics_RegistersTheFiveCertificateChecks()
    {
        using var services = new ServiceCollection().AddVpnDiagnostics().BuildServiceProvider();

        var ids = services.GetServices<ICheck>().Select(check => check.Id).Where(id => id.StartsWith("cert.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal([CheckIds.CertChain, CheckIds.CertEku, CheckIds.CertExpiry, CheckIds.CertName, CheckIds.CertRevocation], ids);
    }
}
