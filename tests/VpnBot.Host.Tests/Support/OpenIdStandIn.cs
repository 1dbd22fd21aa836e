using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VpnBot.Host.Tests.Support;

/// <summary>
/// Stands in for the Bot Framework's OpenID metadata and signing keys (login.botframework.com), so the host's
/// real token validation runs: a token signed with <see cref="SigningKey"/> is genuine, anything else forged.
/// The key carries the <c>msteams</c> endorsement, as the real ones do.
/// </summary>
public sealed class OpenIdStandIn : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);

    private OpenIdStandIn(WebApplication app)
    {
        _app = app;
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = "vpnbot-test-key" };
    }

    public RsaSecurityKey SigningKey { get; }

    public Uri MetadataUrl { get; private set; } = null!;

    /// <summary>The stand-in's TLS certificate (the SDK fetches metadata over HTTPS only).</summary>
    public X509Certificate2 Certificate { get; private init; } = null!;

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var created = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddMinutes(-5), TimeProvider.System.GetUtcNow().AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    public static async Task<OpenIdStandIn> StartAsync(CancellationToken cancellationToken)
    {
        var certificate = SelfSigned();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new OpenIdStandIn(app) { Certificate = certificate };

        // The SDK fetches the metadata over HTTPS with its own HttpClient, so the stand-in's certificate is
        // trusted the way an administrator would trust a CA: in the user's root store (removed at dispose).
        using (var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            roots.Open(OpenFlags.ReadWrite);
            roots.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
        }

        app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest request) => Results.Json(new
        {
            issuer = Issuer,
            authorization_endpoint = "https://invalid.example",
            jwks_uri = $"{request.Scheme}://{request.Host}/v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            var parameters = standIn._rsa.ExportParameters(false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new
                    {
                        kty = "RSA",
                        use = "sig",
                        kid = standIn.SigningKey.KeyId,
                        n = Base64UrlEncoder.Encode(parameters.Modulus),
                        e = Base64UrlEncoder.Encode(parameters.Exponent),
                        endorsements = new[] { "msteams" },
                    },
                },
            });
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        standIn.MetadataUrl = new Uri(address.TrimEnd('/') + "/v1/.well-known/openidconfiguration");
        return standIn;
    }

    /// <summary>A token as the Bot Connector service issues it for <paramref name="appId"/>, signed with <paramref name="key"/>.</summary>
    public static string Token(SecurityKey key, string appId, Uri serviceUrl, TimeProvider time) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = time.GetUtcNow().UtcDateTime,
            NotBefore = time.GetUtcNow().UtcDateTime.AddMinutes(-1),
            Expires = time.GetUtcNow().UtcDateTime.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl.ToString() },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        using (var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            roots.Open(OpenFlags.ReadWrite);
            foreach (var added in roots.Certificates.Find(X509FindType.FindByThumbprint, Certificate.Thumbprint, validOnly: false))
            {
                roots.Remove(added);
            }
        }

        _rsa.Dispose();
        Certificate.Dispose();
    }
}
