using System.Text.Json;

namespace VpnBot.Lab.Slots;

/// <summary>A process the lab started, identified by PID and kernel start time so a reused PID is never mistaken for it.</summary>
internal sealed record RecordedProcess(string Name, int Pid, long StartTime);

/// <summary>What a slot holder has created, as written to the slot's state file.</summary>
internal sealed record SlotStateData
{
    public string? Directory { get; init; }

    public IReadOnlyList<string> Namespaces { get; init; } = [];

    public IReadOnlyList<string> Links { get; init; } = [];

    public IReadOnlyList<RecordedProcess> Processes { get; init; } = [];
}

/// <summary>
/// The slot's state file, rewritten (atomically) every time the lab starts or stops something, so
/// that after a crash the next holder of the slot knows exactly what to remove — and nothing else.
/// </summary>
internal sealed class SlotState
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly Lock _gate = new();
    private readonly string _path;
    private SlotStateData _data = new();

    public SlotState(string path) => _path = path;

    public static SlotStateData? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<SlotStateData>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            // A state file cut short by a crash names nothing reliably; the fixed slot names still get cleaned.
            return null;
        }
    }

    public void SetDirectory(string directory) => Update(d => d with { Directory = directory });

    public void AddNetwork(IEnumerable<string> namespaces, IEnumerable<string> links) =>
        Update(d => d with { Namespaces = [.. d.Namespaces, .. namespaces], Links = [.. d.Links, .. links] });

    public void AddProcess(RecordedProcess process) => Update(d => d with { Processes = [.. d.Processes, process] });

    public void RemoveProcess(int pid) => Update(d => d with { Processes = [.. d.Processes.Where(p => p.Pid != pid)] });

    public void Delete()
    {
        lock (_gate)
        {
            _data = new SlotStateData();
            File.Delete(_path);
        }
    }

    private void Update(Func<SlotStateData, SlotStateData> change)
    {
        lock (_gate)
        {
            _data = change(_data);
            var temporary = _path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(_data, Json));
            File.Move(temporary, _path, overwrite: true);
        }
    }
}
