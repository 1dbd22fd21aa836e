using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Windows.Certificates;

/// <summary>The machine's Personal store (<c>LocalMachine\My</c>), read-only; the seam tests fill with certificates they make.</summary>
internal interface IMachineCertificates
{
    /// <summary>How the store is named in findings.</summary>
    string StoreName { get; }

    /// <summary>
    /// Every certificate in the store, as copies the caller owns and disposes; null when the store cannot be
    /// opened. Never throws for what the store holds.
    /// </summary>
    IReadOnlyList<X509Certificate2>? Read();
}
