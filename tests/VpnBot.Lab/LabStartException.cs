namespace VpnBot.Lab;

/// <summary>The lab could not be started; the message names the step and carries the daemon's own output.</summary>
public sealed class LabStartException : Exception
{
    public LabStartException()
    {
    }

    public LabStartException(string message)
        : base(message)
    {
    }

    public LabStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
