using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Cards;

internal static class CardsFeature
{
    /// Registers the card renderer and the texts (both read embedded resources once).
    public static IHostApplicationBuilder AddCards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Texts>();
        builder.Services.AddSingleton<CardRenderer>();
        return builder;
    }
}
