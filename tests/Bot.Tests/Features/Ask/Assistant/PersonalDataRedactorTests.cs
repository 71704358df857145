using KommunalBot.Bot.Features.Ask.Assistant;

namespace KommunalBot.Bot.Tests.Features.Ask.Assistant;

public sealed class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("Mail an max.mustermann@musterstadt.de bitte", "Mail an [E-Mail] bitte")]
    [InlineData("poststelle@gemeinde-oberhausen.bayern.de?", "[E-Mail]?")]
    [InlineData("Jürgen.Größ@stadt.de", "[E-Mail]")]
    public void Redact_Email_Replaced(string text, string expected) => Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("Ruf an: +49 89 1234567.", "Ruf an: [Telefon].")]
    [InlineData("Tel. 0049 89 1234567", "Tel. [Telefon]")]
    [InlineData("Tel. +49 (0)89 123456-78", "Tel. [Telefon]")]
    [InlineData("Tel. +498912345678", "Tel. [Telefon]")]
    [InlineData("unter 089/1234567 erreichbar", "unter [Telefon] erreichbar")]
    [InlineData("unter 0 89 1234567 erreichbar", "unter [Telefon] erreichbar")]
    [InlineData("unter (089) 123456 erreichbar", "unter [Telefon] erreichbar")]
    [InlineData("mobil 0171 1234567", "mobil [Telefon]")]
    [InlineData("Durchwahl 089-233-12345", "Durchwahl [Telefon]")]
    public void Redact_GermanPhoneNumber_Replaced(string text, string expected) => Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("IBAN DE89 3704 0044 0532 0130 00 für die Gebühr", "IBAN [IBAN] für die Gebühr")]
    [InlineData("IBAN DE89370400440532013000.", "IBAN [IBAN].")]
    [InlineData("AT61 1904 3002 3457 3201", "[IBAN]")]
    public void Redact_Iban_Replaced(string text, string expected) => Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("Frau Müller fragt, wie das geht", "Frau [Name] fragt, wie das geht")]
    [InlineData("für Herrn Dr. Max Mustermann", "für Herrn [Name]")]
    [InlineData("Hr. Özdemir-Schulz meint", "Hr. [Name] meint")]
    [InlineData("Mrs. Smith asks", "Mrs. [Name] asks")]
    public void Redact_SalutationWithName_NameReplaced(string text, string expected) => Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Fact]
    public void Redact_Guid_Replaced() =>
        Assert.Equal("Tenant [ID] hat Zugriff?", PersonalDataRedactor.Redact("Tenant 3F2504E0-4F89-11D3-9A0C-0305E82C3301 hat Zugriff?"));

    [Theory]
    [InlineData("Wie kommt der Wohngeld-Antrag über FIT-Connect an?")]
    [InlineData("Was kostet die Nachnutzung ab 01.08.2025?")]
    [InlineData("Gilt das für PLZ 01067 und LeiKa 99050012104000?")]
    [InlineData("OZG-Leistung 10092 Wohngeld, XÖV-Standard XWohngeld 2.1")]
    [InlineData("Wie viele Kommunen nutzen das in Bayern seit 2024?")]
    public void Redact_QuestionWithoutPersonalData_Unchanged(string text) => Assert.Equal(text, PersonalDataRedactor.Redact(text));
}
