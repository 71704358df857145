using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Help;

/// Tells the user something went wrong, in their language, never with exception text.
internal sealed class ApologyReporter(Texts texts) : ITurnErrorReporter
{
    public async Task ReportAsync(TurnContext turn)
    {
        if (turn.Activity.Type is ActivityTypes.Message && turn.Activity.Conversation?.Id is not null)
        {
            await turn.ReplyWithTextAsync(texts.Get("errorApology", turn.Culture));
        }
    }
}
