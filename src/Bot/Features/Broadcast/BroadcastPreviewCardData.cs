using System.Text.Json.Serialization.Metadata;
using KommunalBot.Bot.Cards;

namespace KommunalBot.Bot.Features.Broadcast;

/// The data of cards/broadcast-preview.json: every send (digest now, announcement, event invite) shows it first, with
/// how many channels in how many organisations it would reach; "Senden" sends <see cref="ConfirmVerb"/> with
/// <see cref="ItemId"/>, whose handler resolves the audience again, "Abbrechen" sends `broadcast.cancel`.
internal sealed record BroadcastPreviewCardData : ICardData<BroadcastPreviewCardData>
{
    public static string CardName => "broadcast-preview";
    public static JsonTypeInfo<BroadcastPreviewCardData> JsonType => BroadcastCardJsonContext.Cards.BroadcastPreviewCardData;

    /// What is sent, e.g. "Einladung: Digitalwerkstatt Wohngeld".
    public required string Title { get; init; }

    /// Kind, topics, region, date: what the editor checks before sending.
    public required IReadOnlyList<BroadcastFact> Facts { get; init; }

    /// "An 312 Kanäle in 57 Organisationen senden?" or, with no channel, why nothing would be sent.
    public required string Question { get; init; }

    public required int Channels { get; init; }

    /// The card verb of the send, e.g. `broadcast.announce.send`.
    public required string ConfirmVerb { get; init; }

    public required string ItemId { get; init; }

    /// False once sent or cancelled: the card then shows <see cref="Notice"/> and no buttons.
    public bool Open { get; init; } = true;

    public string? Notice { get; init; }

    /// "Good" or "Attention".
    public string NoticeColor { get; init; } = "Good";
}
