using System.Security.Cryptography;

namespace VpnBot.Agent.Credentials;

/// <summary>Who this agent is to the host: its name and site from enrolment, and its private key.</summary>
internal sealed class AgentCredential(string name, string site, ECDsa key) : IDisposable
{
    public string Name { get; } = name;

    public string Site { get; } = site;

    public ECDsa Key { get; } = key;

    public void Dispose() => Key.Dispose();
}
