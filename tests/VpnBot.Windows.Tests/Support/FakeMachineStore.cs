using System.Security.Cryptography.X509Certificates;
using VpnBot.Windows.Certificates;

namespace VpnBot.Windows.Tests.Support;

/// <summary>A machine store holding the certificates a test made; hands out copies, as X509Store does.</summary>
internal sealed class FakeMachineStore(params X509Certificate2[] certificates) : IMachineCertificates
{
    public int Reads { get; private set; }

    public bool Unreadable { get; init; }

    public string StoreName => @"LocalMachine\My";

    public IReadOnlyList<X509Certificate2>? Read()
    {
        Reads++;
        if (Unreadable)
        {
            return null;
        }

        // X509Certificate2.CopyWithPrivateKey is not needed: a new instance over the same handle keeps the key.
        return [.. certificates.Select(c => new X509Certificate2(c))];
    }
}
