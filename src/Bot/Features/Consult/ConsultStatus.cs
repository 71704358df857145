namespace KommunalBot.Bot.Features.Consult;

/// Where a consulting request stands; stored as text. Labels for users come from the resources (`consultStatus.*`).
internal enum ConsultStatus
{
    /// Routed to a pool, nobody has it yet.
    Neu,

    /// An advisor has it (claimed, or assigned by a colleague) but has not answered yet.
    Zugewiesen,

    /// Being worked on: the clerk replied or added information, or the advisor set it so.
    InBearbeitung,

    /// The advisor answered and waits for the clerk.
    WartetAufRueckmeldung,

    /// Closed by an advisor with a resolution note.
    Geloest,

    /// Withdrawn by the clerk.
    Zurueckgezogen,
}
