namespace VpnBot.Diagnostics.Diagnosis.Rules;

/// <summary>
/// How strongly one finding on its own points at a cause: a cause's score starts here, and every further
/// independent finding supporting it adds <see cref="Support.PerFinding"/>.
/// </summary>
internal enum Strength
{
    /// <summary>Worth fixing, but clients connect regardless (a missing PTR record).</summary>
    Minor = 10,

    /// <summary>Does not stop clients today, but will or slows recovery (a long TTL, a certificate near expiry).</summary>
    Latent = 25,

    /// <summary>Consistent with the symptoms, with other explanations as likely.</summary>
    Possible = 45,

    /// <summary>Inferred from what did not happen (silence) or from a fault that may be transient.</summary>
    Likely = 62,

    /// <summary>Shown directly: a server said so, or the certificate says so.</summary>
    Strong = 72,
}
