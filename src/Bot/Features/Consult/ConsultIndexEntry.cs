namespace KommunalBot.Bot.Features.Consult;

/// An index document (`consult/requester/…`, `consult/open/…`) pointing at a request.
internal sealed record ConsultIndexEntry(string Id, DateTimeOffset CreatedUtc);
