using KommunalBot.Bot.Protocol;

namespace KommunalBot.Bot.Features.Ask;

internal sealed partial class AskHandlers
{
    private const int MaxEchoLength = 80;

    /// `dienste`: the Themenfelder, then the services of one, page by page, each with a Steckbrief button.
    private Task ShowServicesAsync(TurnContext turn) =>
        turn.ReplyWithCardAsync(cards.Render(serviceCards.Services(host.Knowledge, null, 1, turn.Culture), turn.Culture));

    /// `steckbrief <Name>`: the full profile of one service.
    private async Task ShowSteckbriefAsync(TurnContext turn)
    {
        var parts = turn.Text.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[1].Length == 0)
        {
            await turn.ReplyWithTextAsync(texts.Get("steckbriefUsage", turn.Culture));
            return;
        }

        await ShowSteckbriefOrHintAsync(turn, new CardAction("steckbrief", default, IsInvoke: false), parts[1]);
    }

    /// `neu`: what changed in the knowledge base recently.
    private async Task ShowNewsAsync(TurnContext turn)
    {
        var data = serviceCards.News(host.Knowledge, answerCards, turn.Culture);
        if (data.Items.Count == 0)
        {
            await turn.ReplyWithTextAsync(texts.Get("newsEmpty", turn.Culture));
            return;
        }

        await turn.ReplyWithCardAsync(cards.Render(data, turn.Culture));
    }

    private async Task<InvokeResponse?> ShowSteckbriefOrHintAsync(TurnContext turn, CardAction action, string nameOrId)
    {
        var document = nameOrId.Length == 0 ? null : host.Knowledge.FindService(nameOrId);
        if (document?.Steckbrief is null)
        {
            var hint = string.Format(turn.Culture, texts.Get("steckbriefNotFound", turn.Culture), Echo(nameOrId));
            var near = host.Knowledge.SimilarServices(nameOrId, 3);
            if (near.Count > 0)
            {
                hint += " " + string.Format(turn.Culture, texts.Get("steckbriefNear", turn.Culture), string.Join(", ", near.Select(d => d.Title)));
            }

            return await ReplyOrInvokeAsync(turn, action, hint);
        }

        await context.RememberAsync(turn, document.Id);
        await turn.ReplyWithCardAsync(cards.Render(serviceCards.Steckbrief(document, turn.Culture), turn.Culture));
        return action.IsInvoke ? InvokeResponse.Message(document.Title) : null;
    }

    /// What a reply quotes of the user's input: a service name fits in a line, and a reply never repeats
    /// unbounded input back into the chat.
    private static string Echo(string text) =>
        text.Length <= MaxEchoLength ? text : Truncate(text, MaxEchoLength - 1) + "…";

    /// At most <paramref name="maxLength"/> characters, without splitting a surrogate pair.
    private static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..end];
    }
}
