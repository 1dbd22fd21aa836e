using System.Text.Json;

namespace VpnBot.Manifest.Tests.Support;

/// <summary>Runs tests/js/validate-manifest.mjs, the official schemas' validator, on a manifest folder.</summary>
internal static class ManifestValidator
{
    public static async Task<(ProcessRun Run, IReadOnlyList<FileResult> Files)> ValidateAsync(string folder)
    {
        var node = Requirements.RequireNode();
        var run = await ProcessRun.StartAsync(node, [Repository.ValidateScript, folder]);
        Assert.True(run.ExitCode is 0 or 1, $"The validator could not run: {run}");
        var report = JsonSerializer.Deserialize<Report>(run.Output, Options) ?? throw new InvalidDataException(run.ToString());
        return (run, report.Files);
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    internal sealed record Report(string ManifestVersion, IReadOnlyList<FileResult> Files);

    internal sealed record FileResult(string File, string Schema, IReadOnlyList<string> Errors);
}
