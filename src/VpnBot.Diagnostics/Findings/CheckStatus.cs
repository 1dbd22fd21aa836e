namespace VpnBot.Diagnostics.Findings;

/// <summary>Outcome of one check against one subject. Serialized in lower case (<c>pass</c>, <c>warn</c>, ...).</summary>
public enum CheckStatus
{
    /// <summary>The check established what it tests.</summary>
    Pass,

    /// <summary>Works today, but something will break or slow down recovery (a certificate near expiry, a long TTL).</summary>
    Warn,

    /// <summary>The check found a fault that stops or can stop clients from connecting.</summary>
    Fail,

    /// <summary>Not tested from here; the summary says why.</summary>
    Skip,

    /// <summary>The check itself could not complete (no answer in time, unreadable input); nothing was proven either way.</summary>
    Error,
}
