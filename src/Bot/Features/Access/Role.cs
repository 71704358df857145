namespace KommunalBot.Bot.Features.Access;

/// A guest is an external person invited for a project; members are staff of an allowed tenant.
public enum Role { Guest, Member, Advisor, Editor, Admin }
