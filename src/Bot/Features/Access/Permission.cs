namespace KommunalBot.Bot.Features.Access;

/// What a role may do (<see cref="AccessPolicy"/>). <see cref="Publish"/> covers withdrawing what was sent
/// (recalling a delivery); <see cref="ViewDeliveries"/> is reading what became of a send.
public enum Permission { Ask, RequestConsulting, SubmitBestPractice, HandleConsulting, Publish, ViewKnowledgeGaps, ViewDeliveries, Administer }
