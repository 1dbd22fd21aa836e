namespace VpnBot.Diagnostics.Checks;

/// <summary>
/// A diagnostic with a stable id. A check does not run by itself: it plans units (one per subject it
/// is about: a server, an address, the certificate) that the runner executes in parallel.
/// </summary>
public interface ICheck
{
    /// <summary>One of <see cref="CheckIds"/>.</summary>
    string Id { get; }

    /// <summary>
    /// The units this check contributes for <paramref name="target"/>. Empty when the check has
    /// nothing to say about this endpoint (say, <c>pptp.control</c> when PPTP is not offered); a unit
    /// that reports <c>skip</c> with its reason when the check applies but lacks an input.
    /// </summary>
    IEnumerable<CheckUnit> Plan(CheckTarget target);
}
