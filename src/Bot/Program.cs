using KommunalBot.Bot.Cards;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Features.Ask;
using KommunalBot.Bot.Features.Broadcast;
using KommunalBot.Bot.Features.Consult;
using KommunalBot.Bot.Features.Delivery;
using KommunalBot.Bot.Features.Help;
using KommunalBot.Bot.Features.Knowledge;
using KommunalBot.Bot.Features.Playground;
using KommunalBot.Bot.Features.Privacy;
using KommunalBot.Bot.Operations;
using KommunalBot.Bot.Operations.Jobs;
using KommunalBot.Bot.Protocol;
using KommunalBot.Bot.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddOperations();
builder.AddStorage();
builder.AddJobs();
builder.AddCards();
builder.AddBotProtocol();
builder.AddAccess();
builder.AddHelp();
builder.AddKnowledge();
builder.AddAsk();
builder.AddDelivery();
builder.AddConsult();
builder.AddBroadcast();
builder.AddPrivacy();
builder.AddPlayground();

var app = builder.Build();

app.MapOperations();
app.MapBotEndpoint();
app.MapAsk();
app.MapDelivery();
app.MapConsult();
app.MapBroadcast();
app.MapPrivacy();
app.MapPlayground();
app.MapPlaygroundPage();

app.Run();

/// Visible to the integration tests' WebApplicationFactory.
public partial class Program;
