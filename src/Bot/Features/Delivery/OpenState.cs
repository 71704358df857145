namespace KommunalBot.Bot.Features.Delivery;

/// The sender's memory of one open content: the content as last read, the marker's etag it was read under, every
/// record key of it, and the keys that still have a step to do.
internal sealed class OpenState(Stored<StoredContent> content, string markerETag)
{
    public Stored<StoredContent> Content { get; set; } = content;

    public string MarkerETag { get; set; } = markerETag;

    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Active { get; } = new(StringComparer.Ordinal);
}
