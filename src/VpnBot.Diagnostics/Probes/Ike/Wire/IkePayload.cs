namespace VpnBot.Diagnostics.Probes.Ike.Wire;

/// <summary>One payload of a message's chain: its type, the critical bit (IKEv2 only) and its body after the generic header.</summary>
/// <param name="Type">The payload type, announced by the previous payload's next-payload field (or the header's).</param>
/// <param name="Critical">RFC 7296 §3.2: the sender requires the receiver to understand this payload.</param>
/// <param name="Offset">Where the payload's generic header starts in the message.</param>
/// <param name="Body">The payload after its 4-byte generic header.</param>
internal readonly record struct IkePayload(byte Type, bool Critical, int Offset, ReadOnlyMemory<byte> Body);
