namespace KommunalBot.Bot.Features.Broadcast.Events;

/// Who pressed an RSVP button: the Entra object id in its tenant identifies them; the Teams user id (`29:…`) lets
/// their Teams refresh the card to their own view, the name is for the organiser's attendee list.
internal sealed record RsvpPerson(string TenantId, string ObjectId, string UserId, string Name)
{
    public bool Is(string tenantId, string objectId) =>
        string.Equals(TenantId, tenantId, StringComparison.OrdinalIgnoreCase) && string.Equals(ObjectId, objectId, StringComparison.OrdinalIgnoreCase);
}
