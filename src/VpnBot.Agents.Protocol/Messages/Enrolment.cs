namespace VpnBot.Agents.Protocol.Messages;

/// <summary>An agent's first call: the one-time token IT got in chat and the public half of the agent's new key.</summary>
/// <param name="Token">The enrolment token from <c>/vpn agents add</c>.</param>
/// <param name="PublicKey">The agent's ECDSA P-256 public key, SubjectPublicKeyInfo in base64.</param>
public sealed record EnrolmentRequest(string Token, string PublicKey);

/// <summary>The host's answer: the name and site the agent was created with.</summary>
public sealed record EnrolmentResponse(string Name, string Site);

/// <summary>Why the host refused a request, in words for the agent's log.</summary>
public sealed record AgentProblem(string Error);
