using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Windows.Certificates;

/// <summary>
/// <c>LocalMachine\My</c> through <see cref="X509Store"/>: where RRAS's SSTP binding and IKEv2 take their
/// certificate from (certlm.msc → Personal → Certificates).
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsMachineCertificates : IMachineCertificates
{
    public string StoreName => @"LocalMachine\My";

    public IReadOnlyList<X509Certificate2>? Read()
    {
        try
        {
            using var store = new X509Store(System.Security.Cryptography.X509Certificates.StoreName.My, StoreLocation.LocalMachine);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            return [.. store.Certificates];
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
