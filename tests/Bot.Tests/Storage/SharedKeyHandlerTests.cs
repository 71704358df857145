using KommunalBot.Bot.Storage;

namespace KommunalBot.Bot.Tests.Storage;

public sealed class SharedKeyHandlerTests
{
    // The example from https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key
    [Fact]
    public void StringToSign_DocumentationExample_MatchesDocumentedString()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://myaccount.blob.core.windows.net/mycontainer?restype=container&comp=metadata&timeout=20");
        request.Headers.Add("x-ms-date", "Fri, 26 Jun 2015 23:39:12 GMT");
        request.Headers.Add("x-ms-version", "2015-02-21");

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n" +
            "/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20",
            SharedKeyHandler.StringToSign(request, "myaccount"));
    }

    [Fact]
    public void StringToSign_ConditionalPutWithBody_SignsLengthTypeConditionAndEncodedPath()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "http://127.0.0.1:10000/devstoreaccount1/c/a%25b/%C3%A4?x=1");
        request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        request.Headers.TryAddWithoutValidation("If-Match", "\"0x8D\"");
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        request.Headers.Add("X-MS-Version", "2024-11-04");

        Assert.Equal(
            "PUT\n\n\n2\n\napplication/json; charset=utf-8\n\n\n\"0x8D\"\n\n\n\n" +
            "x-ms-blob-type:BlockBlob\nx-ms-version:2024-11-04\n" +
            "/devstoreaccount1/devstoreaccount1/c/a%25b/%C3%A4\nx:1",
            SharedKeyHandler.StringToSign(request, "devstoreaccount1"));
    }
}
