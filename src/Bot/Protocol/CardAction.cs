using System.Text.Json;

namespace KommunalBot.Bot.Protocol;

/// A card button press: from Action.Execute (invoke) or Action.Submit (message with value).
public sealed record CardAction(string Verb, JsonElement Data, bool IsInvoke);
