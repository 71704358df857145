using KommunalBot.Bot.Features.Consult;
using static KommunalBot.Bot.Features.Consult.ConsultActionKind;
using static KommunalBot.Bot.Features.Consult.ConsultRole;
using static KommunalBot.Bot.Features.Consult.ConsultStatus;

namespace KommunalBot.Bot.Tests.Features.Consult;

/// The move matrix of a consulting request: who may do what in which status, and what comes of it.
public sealed class ConsultWorkflowTests
{
    private const string Anna = "advisor-anna";
    private const string Bernd = "advisor-bernd";
    private const string Clerk = "clerk-erika";
    private static readonly string[] Pool = [Anna, Bernd];

    [Theory]
    [InlineData(nameof(Neu), null, nameof(Claim), nameof(Zugewiesen), Anna)]
    [InlineData(nameof(Neu), null, nameof(Assign), nameof(Zugewiesen), Bernd)]
    [InlineData(nameof(InBearbeitung), Anna, nameof(Assign), nameof(InBearbeitung), Bernd)]
    [InlineData(nameof(Neu), null, nameof(Answer), nameof(WartetAufRueckmeldung), Anna)]
    [InlineData(nameof(Zugewiesen), Bernd, nameof(Answer), nameof(WartetAufRueckmeldung), Bernd)]
    [InlineData(nameof(InBearbeitung), Bernd, nameof(Close), nameof(Geloest), Bernd)]
    [InlineData(nameof(Neu), null, nameof(Close), nameof(Geloest), Anna)]
    [InlineData(nameof(Geloest), Bernd, nameof(Reopen), nameof(InBearbeitung), Bernd)]
    public void AdvisorMove_Allowed_GivesStatusAndAssignee(string from, string? assignee, string kind, string to, string expectedAssignee)
    {
        var decision = ConsultWorkflow.Decide(S(from), assignee, Pool, new ConsultMove(K(kind), PoolMember, Anna, Target: Bernd));

        Assert.Equal(new ConsultDecision.Moved(S(to), expectedAssignee), decision);
    }

    [Theory]
    [InlineData(nameof(WartetAufRueckmeldung), nameof(Reply), nameof(InBearbeitung))]
    [InlineData(nameof(WartetAufRueckmeldung), nameof(AddInfo), nameof(InBearbeitung))]
    [InlineData(nameof(Zugewiesen), nameof(AddInfo), nameof(Zugewiesen))]
    [InlineData(nameof(Neu), nameof(Withdraw), nameof(Zurueckgezogen))]
    [InlineData(nameof(WartetAufRueckmeldung), nameof(Withdraw), nameof(Zurueckgezogen))]
    public void ClerkMove_OnOpenRequest_GivesStatus(string from, string kind, string to)
    {
        var decision = ConsultWorkflow.Decide(S(from), Anna, Pool, new ConsultMove(K(kind), Requester, Clerk));

        Assert.Equal(new ConsultDecision.Moved(S(to), Anna), decision);
    }

    [Theory]
    [InlineData(nameof(Claim), nameof(Requester))]
    [InlineData(nameof(Close), nameof(Requester))]
    [InlineData(nameof(Answer), nameof(Requester))]
    [InlineData(nameof(Withdraw), nameof(PoolMember))]
    [InlineData(nameof(Rate), nameof(PoolMember))]
    [InlineData(nameof(Claim), nameof(Stranger))]
    [InlineData(nameof(Assign), nameof(Stranger))]
    [InlineData(nameof(Reply), nameof(Stranger))]
    [InlineData(nameof(Withdraw), nameof(Stranger))]
    [InlineData(nameof(Escalate), nameof(PoolMember))]
    [InlineData(nameof(Claim), nameof(ConsultRole.System))]
    public void Move_ByTheWrongRole_IsRefusedAsNotAllowed_InAnyStatus(string kind, string role)
    {
        foreach (var status in Enum.GetValues<ConsultStatus>())
        {
            var decision = ConsultWorkflow.Decide(status, null, Pool, new ConsultMove(K(kind), Enum.Parse<ConsultRole>(role), "someone", Target: Anna, Rating: 5));

            Assert.Equal(new ConsultDecision.Refused(ConsultRefusal.NotAllowed), decision);
        }
    }

    [Theory]
    [InlineData(nameof(Geloest), nameof(Answer))]
    [InlineData(nameof(Geloest), nameof(Close))]
    [InlineData(nameof(Zurueckgezogen), nameof(Assign))]
    [InlineData(nameof(Zurueckgezogen), nameof(Reopen))]
    [InlineData(nameof(InBearbeitung), nameof(Reopen))]
    [InlineData(nameof(Geloest), nameof(Claim))]
    public void AdvisorMove_InTheWrongStatus_IsRefused(string from, string kind)
    {
        var decision = ConsultWorkflow.Decide(S(from), Bernd, Pool, new ConsultMove(K(kind), PoolMember, Anna, Target: Bernd));

        Assert.Equal(new ConsultDecision.Refused(ConsultRefusal.WrongStatus), decision);
    }

    [Theory]
    [InlineData(nameof(Zugewiesen))]
    [InlineData(nameof(InBearbeitung))]
    [InlineData(nameof(WartetAufRueckmeldung))]
    public void Claim_OfARequestSomeoneHas_IsRefusedAsAlreadyTaken(string from)
    {
        var decision = ConsultWorkflow.Decide(S(from), Bernd, Pool, new ConsultMove(Claim, PoolMember, Anna));

        Assert.Equal(new ConsultDecision.Refused(ConsultRefusal.AlreadyTaken), decision);
    }

    [Fact]
    public void Assign_ToSomeoneOutsideThePool_IsRefused()
    {
        var decision = ConsultWorkflow.Decide(Neu, null, Pool, new ConsultMove(Assign, PoolMember, Anna, Target: "someone-else"));

        Assert.Equal(new ConsultDecision.Refused(ConsultRefusal.InvalidTarget), decision);
    }

    [Theory]
    [InlineData(nameof(Geloest))] // closing needs a resolution note: Close
    [InlineData(nameof(Neu))]
    [InlineData(nameof(Zurueckgezogen))]
    public void SetStatus_ToAnythingButAWorkingState_IsRefused(string to)
    {
        var decision = ConsultWorkflow.Decide(InBearbeitung, Anna, Pool, new ConsultMove(SetStatus, PoolMember, Anna, To: S(to)));

        Assert.Equal(new ConsultDecision.Refused(ConsultRefusal.InvalidTarget), decision);
    }

    [Theory]
    [InlineData(0, nameof(ConsultRefusal.InvalidTarget))]
    [InlineData(6, nameof(ConsultRefusal.InvalidTarget))]
    public void Rate_OutsideOneToFive_IsRefused(int stars, string reason)
    {
        var decision = ConsultWorkflow.Decide(Geloest, Anna, Pool, new ConsultMove(Rate, Requester, Clerk, Rating: stars));

        Assert.Equal(new ConsultDecision.Refused(Enum.Parse<ConsultRefusal>(reason)), decision);
    }

    [Fact]
    public void Rate_OfAClosedRequest_KeepsItClosed_OfAnOpenOne_IsRefused()
    {
        Assert.Equal(new ConsultDecision.Moved(Geloest, Anna), ConsultWorkflow.Decide(Geloest, Anna, Pool, new ConsultMove(Rate, Requester, Clerk, Rating: 4)));
        Assert.Equal(new ConsultDecision.Refused(ConsultRefusal.WrongStatus), ConsultWorkflow.Decide(InBearbeitung, Anna, Pool, new ConsultMove(Rate, Requester, Clerk, Rating: 4)));
    }

    [Fact]
    public void Escalate_OnlyWhileNobodyHasIt()
    {
        Assert.Equal(new ConsultDecision.Moved(Neu, null), ConsultWorkflow.Decide(Neu, null, Pool, new ConsultMove(Escalate, ConsultRole.System, "bot")));
        Assert.Equal(new ConsultDecision.Refused(ConsultRefusal.WrongStatus), ConsultWorkflow.Decide(Zugewiesen, Anna, Pool, new ConsultMove(Escalate, ConsultRole.System, "bot")));
    }

    // Theory data names the enum members (the enums are internal to the bot; xunit's test methods are public).
    private static ConsultStatus S(string name) => Enum.Parse<ConsultStatus>(name);

    private static ConsultActionKind K(string name) => Enum.Parse<ConsultActionKind>(name);
}
