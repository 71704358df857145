using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Cards;

/// The result of binding: the bound value and the template paths whose "${...}" stayed unbound (a
/// missing value the engine replaced by its "${path}" text, or a failed expression inside a longer string).
internal sealed record BoundCard(JsonNode? Value, IReadOnlyList<string> Unresolved);
