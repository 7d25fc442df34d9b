using KzDiff.Web.Ui;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKzDiffWebUi();
var app = builder.Build();

app.UseStaticFiles();
app.UseAntiforgery();
app.MapRazorPages();

app.Run();
