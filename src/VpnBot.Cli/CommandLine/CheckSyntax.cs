using System.CommandLine;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Input;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.CommandLine;

/// <summary>The <c>check</c> command's argument and options, and what each one expects.</summary>
internal sealed class CheckSyntax
{
    public CheckSyntax(Language language)
    {
        string Say(string name, params object?[] args) => Texts.In(language, name, args);

        Fqdn = new Argument<string>("fqdn") { Description = Say(nameof(CliText.FqdnArgumentDescription)) };
        Dns = Options.Repeatable("--dns", "ADDR[:PORT]", Say(nameof(CliText.DnsOptionDescription)));
        ExternalDns = Options.Repeatable("--external-dns", "ADDR[:PORT]", Say(nameof(CliText.ExternalDnsOptionDescription)));
        Resolver = Options.Repeatable("--resolver", "ADDR[:PORT]", Say(nameof(CliText.ResolverOptionDescription)));
        ExpectAddress = Options.Repeatable("--expect-address", "IP", Say(nameof(CliText.ExpectAddressOptionDescription)));
        ExpectPublic = Options.Repeatable("--expect-public", "IP", Say(nameof(CliText.ExpectPublicOptionDescription)));
        Address = Options.Single("--address", "IP", Say(nameof(CliText.AddressOptionDescription)));
        Protocols = Options.Single("--protocols", "ikev2,l2tp,sstp,pptp", Say(nameof(CliText.ProtocolsOptionDescription)));
        Port = Options.Repeatable("--port", "NAME=PORT", Say(nameof(CliText.PortOptionDescription)));
        Ca = Options.Repeatable("--ca", "PEM", Say(nameof(CliText.CaOptionDescription)));
        Cert = Options.Single("--cert", "PEM", Say(nameof(CliText.CertOptionDescription)));
        Deadline = Options.Single("--deadline", "DURATION", Say(
            nameof(CliText.DeadlineOptionDescription),
            Duration.Format(VpnOptions.MinDeadline),
            Duration.Format(VpnOptions.MaxDeadline),
            Duration.Format(VpnOptions.DefaultDeadline)));
        Config = Options.Single("--config", "FILE", Say(nameof(CliText.ConfigOptionDescription)));
        Json = Options.Flag("--json", Say(nameof(CliText.JsonOptionDescription)));

        Command = new Command("check", Say(nameof(CliText.CheckDescription)))
        {
            Fqdn, Dns, ExternalDns, Resolver, ExpectAddress, ExpectPublic, Address, Protocols, Port, Ca, Cert, Deadline, Config, Json,
        };

        var endpoint = InputExpectations.ServerEndpoint;
        var address = InputExpectations.IpAddress;
        var pem = InputExpectations.PemFile;
        Expected = new Dictionary<Symbol, LocalizedText>
        {
            [Fqdn] = InputExpectations.HostName,
            [Dns] = endpoint,
            [ExternalDns] = endpoint,
            [Resolver] = endpoint,
            [ExpectAddress] = address,
            [ExpectPublic] = address,
            [Address] = address,
            [Protocols] = InputExpectations.Protocols,
            [Port] = InputExpectations.PortOverride,
            [Ca] = pem,
            [Cert] = pem,
            [Deadline] = DeadlineExpected,
            [Config] = Texts.Of(nameof(CliText.ExpectedConfigFile)),
        };
    }

    /// <summary>What <c>--deadline</c> accepts, as the core's duration parser words it.</summary>
    public static LocalizedText DeadlineExpected { get; } = Duration.Parse(null, VpnOptions.MinDeadline, VpnOptions.MaxDeadline).Expected!;

    public Command Command { get; }

    public Argument<string> Fqdn { get; }

    public Option<string[]> Dns { get; }

    public Option<string[]> ExternalDns { get; }

    public Option<string[]> Resolver { get; }

    public Option<string[]> ExpectAddress { get; }

    public Option<string[]> ExpectPublic { get; }

    public Option<string> Address { get; }

    public Option<string> Protocols { get; }

    public Option<string[]> Port { get; }

    public Option<string[]> Ca { get; }

    public Option<string> Cert { get; }

    public Option<string> Deadline { get; }

    public Option<string> Config { get; }

    public Option<bool> Json { get; }

    /// <summary>What each symbol expects, for messages about a missing or repeated value.</summary>
    public IReadOnlyDictionary<Symbol, LocalizedText> Expected { get; }

    /// <summary>The values of a parse that had no errors.</summary>
    public CheckArguments Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CheckArguments
        {
            Fqdn = result.GetRequiredValue(Fqdn),
            Dns = result.GetValue(Dns) ?? [],
            ExternalDns = result.GetValue(ExternalDns) ?? [],
            Resolvers = result.GetValue(Resolver) ?? [],
            ExpectAddresses = result.GetValue(ExpectAddress) ?? [],
            ExpectPublic = result.GetValue(ExpectPublic) ?? [],
            Address = result.GetValue(Address),
            Protocols = result.GetValue(Protocols),
            Ports = result.GetValue(Port) ?? [],
            TrustedRoots = result.GetValue(Ca) ?? [],
            Certificate = result.GetValue(Cert),
            Deadline = result.GetValue(Deadline),
            Config = result.GetValue(Config),
            Json = result.GetValue(Json),
        };
    }
}
