namespace KommunalBot.Bot.Features.Consult;

/// A colleague in the "Zuweisen an …" list: the Entra object id the invoke sends back, and the name shown.
internal sealed record AdvisorMemberChoice(string ObjectId, string Name);
