using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// The buttons of a card as Teams shows them.
internal static class CardButtons
{
    /// The data of the first button with this verb (Action.Execute), as Teams sends it back when pressed.
    public static JsonObject Data(JsonNode card, string verb) =>
        Buttons(card).First(a => (string?)a["verb"] == verb)["data"]!.AsObject().DeepClone().AsObject();

    private static IEnumerable<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Execute" => [o, .. o.SelectMany(p => Buttons(p.Value))],
        JsonObject o => o.SelectMany(p => Buttons(p.Value)),
        JsonArray a => a.SelectMany(Buttons),
        _ => [],
    };
}
