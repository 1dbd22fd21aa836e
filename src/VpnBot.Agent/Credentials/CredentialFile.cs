using System.Security.Cryptography;
using System.Text.Json;

namespace VpnBot.Agent.Credentials;

/// <summary>
/// The credential on disk: one JSON file in the data folder, readable by the agent's account only (mode 0600 on
/// Linux; on Windows the install script limits the folder to SYSTEM and Administrators). Written to a temporary
/// file first and moved into place, so a crash never leaves half a credential.
/// </summary>
internal sealed class CredentialFile(string path)
{
    public const string FileName = "agent-credential.json";

    public string Path { get; } = path;

    public bool Exists => File.Exists(Path);

    /// <summary>The stored credential; an exception with the file's name and what is wrong when it cannot be read.</summary>
    public AgentCredential Read()
    {
        try
        {
            var stored = JsonSerializer.Deserialize(File.ReadAllText(Path), CredentialJson.Default.StoredCredential)
                ?? throw new InvalidDataException("the file is empty");
            if (string.IsNullOrWhiteSpace(stored.Name) || string.IsNullOrWhiteSpace(stored.Site) || string.IsNullOrWhiteSpace(stored.PrivateKey))
            {
                throw new InvalidDataException("name, site or key is missing");
            }

            var key = ECDsa.Create();
            try
            {
                key.ImportFromPem(stored.PrivateKey);
            }
            catch
            {
                key.Dispose();
                throw;
            }

            return new AgentCredential(stored.Name, stored.Site, key);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or ArgumentException or CryptographicException)
        {
            throw new InvalidOperationException(
                $"The agent credential {Path} cannot be read ({failure.Message}). Delete it and enrol again with a new token from /vpn agents add.",
                failure);
        }
    }

    public void Write(string name, string site, ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var json = JsonSerializer.Serialize(new StoredCredential(name, site, key.ExportPkcs8PrivateKeyPem()), CredentialJson.Default.StoredCredential);
        var temporary = Path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(json);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}

internal sealed record StoredCredential(string Name, string Site, string PrivateKey);

[System.Text.Json.Serialization.JsonSerializable(typeof(StoredCredential))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class CredentialJson : System.Text.Json.Serialization.JsonSerializerContext;
