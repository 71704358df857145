using System.Globalization;
using System.Text.Json.Nodes;
namespace KommunalBot.Bot.Cards;
public sealed class CardRenderer
{
    public JsonObject Render(string cardName, JsonNode data, CultureInfo culture) => new() { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = cardName + " dienste " + culture.Name }) };
}
public static class CardsSetup
{
    public static IHostApplicationBuilder AddCards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CardRenderer>();
        builder.Services.AddSingleton<KommunalBot.Bot.Resources.Texts>();
        return builder;
    }
}
