using System.Text.Json.Serialization.Metadata;

namespace KommunalBot.Bot.Cards;

/// The data of one card template, cards/<see cref="CardName"/>.json: its properties are the template's
/// `${...}` bindings (camelCase through <see cref="CardJson"/>), checked against the template's sample.
internal interface ICardData<TSelf> where TSelf : ICardData<TSelf>
{
    static abstract string CardName { get; }

    static abstract JsonTypeInfo<TSelf> JsonType { get; }
}
