using System.Text.Json.Serialization;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Consult;

/// The intake's and the clerk's card data and action payloads, with the cards' options (<see cref="CardJson"/>).
[JsonSerializable(typeof(ConsultFormCardData))]
[JsonSerializable(typeof(ConsultConfirmationCardData))]
[JsonSerializable(typeof(ConsultRequestsCardData))]
[JsonSerializable(typeof(ConsultDetailsCardData))]
[JsonSerializable(typeof(ConsultFormActionData))]
[JsonSerializable(typeof(ConsultSubmitActionData))]
[JsonSerializable(typeof(ConsultDetailsActionData))]
[JsonSerializable(typeof(ConsultWithdrawActionData))]
[JsonSerializable(typeof(ConsultAddInfoActionData))]
[JsonSerializable(typeof(ConsultRateActionData))]
[JsonSerializable(typeof(ConsultListActionData))]
internal sealed partial class ConsultIntakeCardJsonContext : JsonSerializerContext
{
    public static ConsultIntakeCardJsonContext Cards { get; } = new(CardJson.Options());
}
