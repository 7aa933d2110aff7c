using BackPain.Samples.Mcp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// An MCP server over stdio: an assistant starts this program and speaks JSON-RPC on its standard input and output.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddServerLogging();
builder.Services.AddBackPainMcpServer().WithStdioServerTransport();
await builder.Build().RunAsync();
