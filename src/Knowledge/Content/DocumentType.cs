namespace KommunalBot.Knowledge.Content;

/// <summary>The kind of a knowledge document.</summary>
public enum DocumentType
{
    /// <summary>EfA-Steckbrief: profile of one online service.</summary>
    Steckbrief,

    /// <summary>Frequently asked question.</summary>
    Faq,

    /// <summary>Best practice report from a municipality.</summary>
    BestPractice,

    /// <summary>OZG-Leistung from the OZG catalogue (id <c>ozg-&lt;ozgId&gt;</c>).</summary>
    OzgLeistung,

    /// <summary>LeiKa-Leistung from the service catalogue (id <c>leika-&lt;key&gt;</c>).</summary>
    LeikaLeistung,
}
