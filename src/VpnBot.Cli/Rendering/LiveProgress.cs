using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Runner;

namespace VpnBot.Cli.Rendering;

/// <summary>
/// The display a terminal shows while checks run: units done out of planned, the ones still running,
/// and findings as they arrive. It is cleared when the run ends, and the full report takes its place.
/// </summary>
internal sealed class LiveProgress(IAnsiConsole console, Language language, TimeProvider time)
{
    private const int RunningShown = 6;
    private const int FindingsShown = 12;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="run"/>, feeding the display with every finding it reports.</summary>
    public async Task<CheckReport> RunAsync(CheckPlan plan, Func<Action<Finding>, CancellationToken, Task<CheckReport>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var state = new ProgressState(plan);
        var started = time.GetTimestamp();
        var gate = new Lock();
        return await console.Live(Render(state.Take(), state, TimeSpan.Zero))
            .AutoClear(true)
            .Overflow(VerticalOverflow.Ellipsis)
            .StartAsync(async context =>
            {
                void Refresh()
                {
                    lock (gate)
                    {
                        context.UpdateTarget(Render(state.Take(), state, time.GetElapsedTime(started)));
                    }
                }

                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var ticker = TickAsync(Refresh, stop.Token);
                try
                {
                    return await run(finding =>
                    {
                        state.Add(finding);
                        Refresh();
                    }, cancellationToken);
                }
                finally
                {
                    await stop.CancelAsync();
                    await ticker;
                }
            });
    }

    /// <summary>Keeps the elapsed time moving while no finding arrives.</summary>
    private async Task TickAsync(Action refresh, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(Tick, time, cancellationToken);
                refresh();
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }

    private Rows Render(ProgressState.Snapshot snapshot, ProgressState state, TimeSpan elapsed)
    {
        string Say(string name, params object?[] args) => Texts.In(language, name, args);
        var seconds = elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var lines = new List<IRenderable>
        {
            new Markup($"[bold]{Markup.Escape(Say(nameof(CliText.ProgressHeading), TerminalText.Clean(state.Target), snapshot.Done, state.Planned, seconds))}[/]"),
        };

        if (snapshot.Running.Count > 0)
        {
            var names = snapshot.Running.Take(RunningShown).Select(u => $"{u.Check} ({u.Subject})").ToList();
            if (snapshot.Running.Count > RunningShown)
            {
                names.Add(Say(nameof(CliText.ProgressMore), snapshot.Running.Count - RunningShown));
            }

            lines.Add(new Markup($"[grey]{TerminalText.Markup(Say(nameof(CliText.ProgressRunning), string.Join(", ", names)))}[/]"));
        }

        if (snapshot.Findings.Count > 0)
        {
            lines.Add(FindingTable.Create([.. snapshot.Findings.TakeLast(FindingsShown)], language, terminal: true, console.Profile.Width));
        }

        return new Rows(lines);
    }
}
