namespace KommunalBot.Bot.Features.Access;

public enum Permission { Ask, RequestConsulting, SubmitBestPractice, HandleConsulting, Publish, ViewKnowledgeGaps, Administer }
