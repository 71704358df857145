namespace KommunalBot.Bot.Features.Consult;

/// One attempted move: <paramref name="Kind"/>, by <paramref name="Role"/>; <paramref name="Target"/> is the colleague's
/// object id for Assign and the wanted status for SetStatus; <paramref name="Rating"/> is 1-5 for Rate.
internal sealed record ConsultMove(ConsultActionKind Kind, ConsultRole Role, string ActorObjectId, string? Target = null, ConsultStatus? To = null, int? Rating = null);
