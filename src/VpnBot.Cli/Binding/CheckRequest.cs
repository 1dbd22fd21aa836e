using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Cli.Binding;

/// <summary>A validated <c>check</c>: what to check and how long the run may take.</summary>
internal sealed record CheckRequest(CheckTarget Target, TimeSpan Deadline);

/// <summary>A request, or every value that kept the command line (or its configuration) from making one.</summary>
internal sealed record CheckRequestResult(CheckRequest? Request, IReadOnlyList<InputError> Errors)
{
    public static CheckRequestResult Invalid(IReadOnlyList<InputError> errors) => new(null, errors);
}
