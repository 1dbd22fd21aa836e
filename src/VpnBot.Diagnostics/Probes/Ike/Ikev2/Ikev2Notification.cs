namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>A Notify payload (RFC 7296 §3.10): its type, the SA it is about, and its data.</summary>
internal sealed record Ikev2Notification(ushort Type, byte ProtocolId, byte[] Spi, byte[] Data)
{
    /// <summary>RFC 7296 §3.10.1: types below 16384 report errors.</summary>
    public bool IsError => Type < Ikev2Constants.FirstStatusNotify;

    public string Name => Ikev2Names.NotifyWithNumber(Type);
}
