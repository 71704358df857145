using System.Globalization;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace KommunalBot.Bot.Features.Broadcast;

/// The digest card of a <see cref="DigestGroup"/>: newest first, Broadcast:DigestMaxItems on the card and up to
/// <see cref="MaxMore"/> more behind "Mehr anzeigen"; what does not fit is counted.
internal sealed class DigestCards(CardRenderer renderer, BroadcastReplies replies, IOptionsMonitor<BroadcastOptions> options)
{
    /// Behind "Mehr anzeigen". An entry is at most about 1 KB (title, 300 characters of summary, a link), so the card
    /// stays far below Delivery:MaxMessageBytes (80 KB) with 20 on the card and these.
    public const int MaxMore = 30;

    private const int MaxSummaryLength = 300;

    public DeliveryContent Content(DigestGroup group)
    {
        var culture = group.Culture;
        var entries = group.Items.OrderByDescending(i => i.PublishedUtc).Select(i => Entry(i, culture)).ToList();
        var shown = options.CurrentValue.DigestMaxItems;
        var more = entries.Skip(shown).Take(MaxMore).ToList();
        var left = entries.Count - shown - more.Count;
        var data = new DigestCardData
        {
            Title = entries.Count == 1 ? Text("broadcastDigestTitleOne", culture) : Text("broadcastDigestTitle", culture, entries.Count),
            Stand = Text("broadcastDigestStand", culture, SubscriptionCards.Berlin(group.Until)),
            Items = [.. entries.Take(shown)],
            More = more,
            MoreTitle = more.Count == 0 ? string.Empty : Text("broadcastDigestMore", culture, more.Count),
            Overflow = left > 0 ? Text("broadcastDigestOverflow", culture, left) : null,
        };
        var message = MessageFactory.Card(renderer.Render(data, culture));
        message.Summary = Text("broadcastDigestSummary", culture, entries.Count);
        return new DeliveryContent(group.ContentId, SubscriptionEnding.OwnerName, message);
    }

    private DigestCardItem Entry(DigestItem item, CultureInfo culture)
    {
        string?[] source = [item.Organisation, item.Region];
        var known = source.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        return new DigestCardItem(
            Text("broadcastDigestKind" + item.Kind, culture),
            item.Title,
            known.Count == 0 ? null : string.Join(" · ", known),
            item.Summary.Length <= MaxSummaryLength ? item.Summary : item.Summary[..(MaxSummaryLength - 1)].TrimEnd() + "…",
            item.Url);
    }

    private string Text(string key, CultureInfo culture, params object[] args) => replies.Text(key, culture, args);
}
