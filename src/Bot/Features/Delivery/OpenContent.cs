namespace KommunalBot.Bot.Features.Delivery;

/// `delivery-open/{contentId}`: the content has work for the sender (new records, an update, a recall). Rewritten
/// after every enqueue and change, so its etag tells the sender to read the content's records again; deleted by the
/// sender when nothing is left to do. The sender thus lists a handful of these, never all records, to find work.
internal sealed record OpenContent(string ContentId, DateTimeOffset ChangedUtc);
