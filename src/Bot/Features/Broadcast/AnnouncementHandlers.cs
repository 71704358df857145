using System.Globalization;
using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Broadcast;

/// `ankündigung` (editors): the form, "Vorschau" (stores the draft and shows whom it would reach; an editor limited to
/// regions is refused outside them), "Senden" (<see cref="Announcements.SendAsync"/>, for whoever pressed it).
internal sealed class AnnouncementHandlers(
    Announcements announcements, SubscriptionCards cards, BroadcastReplies replies, CardRenderer renderer, AccessPolicy access)
    : IBotFeature
{
    public void Register(BotRoutes routes) => routes
        .OnCommand(OpenAsync, "ankündigung", "announce")
        .OnCardAction(AnnouncementPreviewActionData.Verb, PreviewAsync)
        .OnCardAction(AnnouncementSendActionData.Verb, SendAsync);

    private async Task OpenAsync(TurnContext turn)
    {
        if (!MayPublish(turn))
        {
            await turn.ReplyWithTextAsync(cards.Text("broadcastNewsNotEditor", turn.Culture));
            return;
        }

        await turn.ReplyWithCardAsync(renderer.Render(Form(new AnnouncementPreviewActionData(), null), turn.Culture));
    }

    private async Task<InvokeResponse?> PreviewAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<AnnouncementPreviewActionData>(action) is not { } input)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (!MayPublish(turn))
        {
            return await replies.RefuseAsync(turn, action, "broadcastNewsNotEditor");
        }

        var (draft, error) = AnnouncementDraft.Check(input.Title, input.Text, input.Link, AnnouncementDraft.Split(input.Topics), input.Region);
        if (draft is null)
        {
            return await replies.ShowInPlaceAsync(turn, action, Form(input, cards.Text(error!, turn.Culture)));
        }

        var target = new BroadcastTarget(BroadcastKind.News, draft.Topics, draft.Region);
        var objectId = turn.Activity.From?.AadObjectId;
        var outcome = await announcements.AudienceAsync(target, turn.TenantId, objectId, turn.CancellationToken);
        if (outcome is AudienceOutcome.OutsideEditorRegions outside)
        {
            return await replies.ShowInPlaceAsync(turn, action, Form(input, cards.Text("broadcastOutsideRegions", turn.Culture, string.Join(", ", outside.EditorRegions))));
        }

        var announcement = await announcements.CreateAsync(draft, turn.Culture.Name, turn.TenantId, objectId, null, turn.CancellationToken);
        return await replies.ShowInPlaceAsync(turn, action, Preview(announcement, ((AudienceOutcome.Allowed)outcome).Plan, turn.Culture));
    }

    private async Task<InvokeResponse?> SendAsync(TurnContext turn, CardAction action)
    {
        if (CardActionData.Read<AnnouncementSendActionData>(action) is not { } data)
        {
            return await replies.RefuseAsync(turn, action, "actionUnavailable");
        }

        if (!MayPublish(turn))
        {
            return await replies.RefuseAsync(turn, action, "broadcastNewsNotEditor");
        }

        var culture = turn.Culture;
        return await announcements.SendAsync(data.Id, turn.TenantId, turn.Activity.From?.AadObjectId, turn.CancellationToken) switch
        {
            AnnouncementOutcome.Sent sent => await replies.ShowInPlaceAsync(turn, action, BroadcastReplies.Closed(
                Preview(sent.Announcement, sent.Plan, culture), cards.Text("broadcastNewsSent", culture, sent.Plan.Channels, sent.Plan.Organisations), true)),
            AnnouncementOutcome.AlreadySent already => await replies.ShowInPlaceAsync(turn, action, BroadcastReplies.Closed(
                Preview(already.Announcement, already.Plan, culture), cards.Text("broadcastNewsAlreadySent", culture), false)),
            AnnouncementOutcome.OutsideEditorRegions outside => await replies.RefuseAsync(turn, action, "broadcastOutsideRegions", string.Join(", ", outside.EditorRegions)),
            AnnouncementOutcome.Rejected => await replies.RefuseAsync(turn, action, "errorApology"),
            _ => await replies.RefuseAsync(turn, action, "broadcastNewsUnknown"),
        };
    }

    private BroadcastPreviewCardData Preview(Announcement announcement, AudiencePlan plan, CultureInfo culture)
    {
        BroadcastFact[] facts =
        [
            new(cards.Text("broadcastNewsFactKind", culture), cards.Text("broadcastSubKindNews", culture)),
            new(cards.Text("broadcastSubFactTopics", culture), announcement.Topics.Count == 0 ? cards.Text("broadcastSubAllTopics", culture) : string.Join(", ", announcement.Topics)),
            new(cards.Text("broadcastSubFactRegion", culture), announcement.Region ?? cards.Text("broadcastSubRegionAll", culture)),
        ];
        return replies.Preview(cards.Text("broadcastNewsPreviewTitle", culture, announcement.Title), facts, plan, AnnouncementSendActionData.Verb, announcement.Id, culture);
    }

    private AnnouncementFormCardData Form(AnnouncementPreviewActionData input, string? error) => new()
    {
        Error = error,
        Title = input.Title ?? string.Empty,
        Text = input.Text ?? string.Empty,
        Link = input.Link ?? string.Empty,
        TopicChoices = cards.Topics(),
        Topics = input.Topics ?? string.Empty,
        RegionChoices = Regions.All,
        Region = input.Region ?? "alle",
        MaxTitleLength = AnnouncementDraft.MaxTitleLength,
        MaxTextLength = AnnouncementDraft.MaxTextLength,
    };

    private bool MayPublish(TurnContext turn) => access.May(turn.TenantId, turn.Activity.From?.AadObjectId, Permission.Publish);
}
