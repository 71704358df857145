namespace KommunalBot.Bot.Features.Consult;

/// A pool member as Teams knows them: the Entra object id from the configuration, the Teams user id (`29:…`, what a
/// card's refresh lists) and the display name, both null when Teams could not tell.
internal sealed record AdvisorMember(string ObjectId, string? UserId, string? Name);
