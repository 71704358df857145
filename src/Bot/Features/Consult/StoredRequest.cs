namespace KommunalBot.Bot.Features.Consult;

/// A request as read, with the etag its next conditional write needs.
internal sealed record StoredRequest(ConsultRequest Request, string ETag);
