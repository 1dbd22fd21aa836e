using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Probes.L2tp;

/// <summary>One attribute-value pair (RFC 2661 §4.1). Hidden values (§4.3) are kept encrypted and never read.</summary>
public sealed record L2tpAvp(bool Mandatory, bool Hidden, ushort VendorId, ushort Type, byte[] Value);

/// <summary>The Result Code AVP (§4.4.2): result, optional error code and optional message.</summary>
public sealed record L2tpResult(ushort ResultCode, ushort? ErrorCode, string? Message);

/// <summary>A parsed L2TP control message.</summary>
/// <param name="TunnelId">The receiver's tunnel (§3.1): for a reply to the probe, the tunnel ID it assigned.</param>
/// <param name="SessionId">Session ID; 0 for control connection messages.</param>
/// <param name="Ns">Sequence number of this message.</param>
/// <param name="Nr">Next sequence number the sender expects.</param>
/// <param name="MessageType">Value of the Message Type AVP; null for a zero-length body acknowledgement.</param>
/// <param name="Avps">Every AVP after the Message Type, in order.</param>
public sealed record L2tpControlMessage(ushort TunnelId, ushort SessionId, ushort Ns, ushort Nr, ushort? MessageType, IReadOnlyList<L2tpAvp> Avps)
{
    /// <summary>A zero-length body: an acknowledgement only (§5.8).</summary>
    public bool IsZeroLengthBody => MessageType is null;

    /// <summary>AVPs whose value is hidden with the tunnel secret and so was not read.</summary>
    public int HiddenAvps => Avps.Count(a => a.Hidden);

    public string? HostName => Text(L2tpAvpType.HostName);

    public string? VendorName => Text(L2tpAvpType.VendorName);

    /// <summary>Assigned Tunnel ID (§4.4.3), when present with its 2-octet value.</summary>
    public ushort? AssignedTunnelId => U16(L2tpAvpType.AssignedTunnelId);

    /// <summary>Firmware Revision (§4.4.3).</summary>
    public ushort? FirmwareRevision => U16(L2tpAvpType.FirmwareRevision);

    /// <summary>Protocol Version (§4.4.3) as "1.0".</summary>
    public string? ProtocolVersion => Find(L2tpAvpType.ProtocolVersion) is { Value.Length: 2 } avp ? $"{avp.Value[0]}.{avp.Value[1]}" : null;

    /// <summary>The Result Code AVP (§4.4.2) of a StopCCN or CDN.</summary>
    public L2tpResult? Result
    {
        get
        {
            if (Find(L2tpAvpType.ResultCode) is not { Value.Length: >= 2 } avp)
            {
                return null;
            }

            var value = avp.Value.AsSpan();
            ushort? error = value.Length >= 4 ? BinaryPrimitives.ReadUInt16BigEndian(value[2..]) : null;
            var message = value.Length > 4 ? WireText.Printable(value[4..]) : null;
            return new L2tpResult(BinaryPrimitives.ReadUInt16BigEndian(value), error, string.IsNullOrEmpty(message) ? null : message);
        }
    }

    /// <summary>The first readable (not hidden) IETF AVP of <paramref name="type"/>.</summary>
    public L2tpAvp? Find(ushort type) => Avps.FirstOrDefault(a => a.VendorId == 0 && a.Type == type && !a.Hidden);

    private string? Text(ushort type) => Find(type) is { } avp ? WireText.Printable(avp.Value) : null;

    private ushort? U16(ushort type) => Find(type) is { Value.Length: 2 } avp ? BinaryPrimitives.ReadUInt16BigEndian(avp.Value) : null;
}
