namespace KommunalBot.Bot.Features.Consult;

/// One request on the clerk's list (cards/consult-requests.json). <paramref name="Rating"/>: stars once rated.
internal sealed record ConsultRequestLine(
    string Id,
    string Topic,
    string StatusLabel,
    string Date,
    string? AssigneeName,
    bool CanWithdraw,
    bool CanRate,
    string? Rating);
