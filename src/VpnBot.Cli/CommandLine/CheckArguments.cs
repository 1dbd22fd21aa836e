namespace VpnBot.Cli.CommandLine;

/// <summary>The <c>check</c> command line as typed: text, not yet validated.</summary>
internal sealed record CheckArguments
{
    /// <summary>The positional argument: a host name, or with <see cref="Config"/> an endpoint's Name or Fqdn.</summary>
    public required string Fqdn { get; init; }

    public IReadOnlyList<string> Dns { get; init; } = [];

    public IReadOnlyList<string> ExternalDns { get; init; } = [];

    public IReadOnlyList<string> Resolvers { get; init; } = [];

    public IReadOnlyList<string> ExpectAddresses { get; init; } = [];

    public IReadOnlyList<string> ExpectPublic { get; init; } = [];

    public string? Address { get; init; }

    public string? Protocols { get; init; }

    /// <summary><c>--port</c> values, <c>NAME=PORT</c>.</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    public IReadOnlyList<string> TrustedRoots { get; init; } = [];

    public string? Certificate { get; init; }

    public string? Deadline { get; init; }

    public string? Config { get; init; }

    public bool Json { get; init; }
}
