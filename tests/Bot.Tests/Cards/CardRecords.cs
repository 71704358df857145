using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Tests.Cards;

/// The bot's card data records (by card name) and card action payload records (by verb), found in the bot's
/// assembly, so a card or a verb added without its record fails the tests.
internal static class CardRecords
{
    public static readonly IReadOnlyDictionary<string, JsonTypeInfo> Data = Find(typeof(ICardData<>), "CardName");

    public static readonly IReadOnlyDictionary<string, JsonTypeInfo> Actions = Find(typeof(ICardAction<>), "Verb");

    private static Dictionary<string, JsonTypeInfo> Find(Type contract, string keyProperty) =>
        typeof(CardRenderer).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == contract))
            .ToDictionary(
                t => (string)Static(t, keyProperty),
                t => (JsonTypeInfo)Static(t, "JsonType"),
                StringComparer.Ordinal);

    private static object Static(Type type, string name) =>
        type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
