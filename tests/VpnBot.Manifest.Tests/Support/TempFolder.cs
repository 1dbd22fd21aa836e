using System.Text.Json;
using System.Text.Json.Nodes;

namespace VpnBot.Manifest.Tests.Support;

/// <summary>A scratch folder (a manifest copy to break, a package to unpack), removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vpnbot-manifest-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void CopyFrom(string folder)
    {
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Copy(file, Combine(System.IO.Path.GetFileName(file)));
        }
    }

    public void Edit(string file, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(Combine(file)))!.AsObject();
        edit(json);
        File.WriteAllText(Combine(file), json.ToJsonString(Indented));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
