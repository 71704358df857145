namespace KommunalBot.Bot.Features.Consult;

/// Who is mentioned: the Teams user id (`29:…`), or `8:orgid:{Entra object id}` when only the object id is known.
internal sealed record RelayMentioned(string Id, string Name);
