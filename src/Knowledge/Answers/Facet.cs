namespace KommunalBot.Knowledge.Answers;

/// <summary>What a question asks about a service.</summary>
public enum Facet
{
    /// <summary>General: what it is, catalogue data (OZG-Leistung, LeiKa keys).</summary>
    Allgemein,

    /// <summary>Compatible Fachverfahren and their vendors.</summary>
    Fachverfahren,

    /// <summary>Transport route (FIT-Connect, OSCI/XTA, ...).</summary>
    Transportweg,

    /// <summary>Costs and re-use (Nachnutzung).</summary>
    Kosten,

    /// <summary>Contacts.</summary>
    Ansprechpartner,

    /// <summary>Status and availability.</summary>
    Status,

    /// <summary>Connection steps (Anbindung).</summary>
    Anbindung,

    /// <summary>Payment (ePayBL etc.).</summary>
    Zahlung,

    /// <summary>User account (BundID, Servicekonto).</summary>
    Nutzerkonto,
}
