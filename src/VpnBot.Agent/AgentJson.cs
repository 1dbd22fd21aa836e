using System.Text.Json.Serialization;
using VpnBot.Agents.Protocol.Messages;

namespace VpnBot.Agent;

/// <summary>The agent's JSON contracts, generated at build time.</summary>
[JsonSerializable(typeof(EnrolmentRequest))]
[JsonSerializable(typeof(EnrolmentResponse))]
[JsonSerializable(typeof(AgentProblem))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class AgentJson : JsonSerializerContext;
