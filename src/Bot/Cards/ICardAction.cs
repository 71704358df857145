using System.Text.Json.Serialization.Metadata;

namespace KommunalBot.Bot.Cards;

/// The payload record of one card verb (`ask.feedback`, ...): the feature routes <see cref="Verb"/> and reads
/// the data with <see cref="CardActionData.Read{T}"/>.
internal interface ICardAction<TSelf> where TSelf : ICardAction<TSelf>
{
    static abstract string Verb { get; }

    static abstract JsonTypeInfo<TSelf> JsonType { get; }
}
